package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Scale projections give figures for launch, 6 months and 1 year. */
public final class ScaleMilestonesRule extends SpecRule {

    private static final Pattern NUMBER = Pattern.compile("\\d");
    /**
     * Each milestone and how an item names it. A word boundary shared by the alternatives is written once, outside
     * them: a search tests it at every position of the answer, and it is the costly part.
     */
    private static final List<Milestone> MILESTONES = List.of(
            new Milestone("launch", "(?i)\\b(launch|go-?live|day one|day 1|at start|initial(ly)?|month 0)\\b"),
            new Milestone("6 months", "(?i)\\b(?:(6|six)[- ]?months?|month 6|m6|half[- ]year|h1)\\b"),
            new Milestone("1 year", "(?i)\\b(?:(1|one)[- ]?year\\b|12[- ]?months?\\b|year (1|one)\\b|month 12\\b|m12\\b|annual)"));

    private record Milestone(String name, Pattern pattern) {
        Milestone(String name, String regex) {
            this(name, Pattern.compile(regex));
        }

        /** Whether the item names this milestone and gives a figure besides the milestone's own digits. */
        boolean withFigure(String item) {
            return pattern.matcher(item).find() && NUMBER.matcher(pattern.matcher(item).replaceAll("")).find();
        }
    }

    public ScaleMilestonesRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        for (AnswerText.Answered a : AnswerText.answered(def, doc, spec.strings("fields", List.of("scale_projections")))) {
            List<String> items = AnswerText.items(a.text());
            List<String> missing = new ArrayList<>();
            for (Milestone m : MILESTONES) {
                if (items.stream().noneMatch(m::withFigure)) {
                    missing.add(m.name());
                }
            }
            if (!missing.isEmpty()) {
                out.report(a.answer().location(), Subject.field(a.square(), a.field()),
                        "scale projections give no figure for " + String.join(", ", missing),
                        "give users and interactions at launch, at 6 months and at 1 year, from POC adoption data");
            }
        }
    }
}

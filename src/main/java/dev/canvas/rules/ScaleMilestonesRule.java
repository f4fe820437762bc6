package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Scale projections give figures for launch, 6 months and 1 year. */
public final class ScaleMilestonesRule extends SpecRule {

    /**
     * Each milestone and how an item names it. A word boundary shared by the alternatives is written once, outside
     * them: a search tests it at every position of the answer, and it is the costly part.
     */
    static final List<Milestone> MILESTONES = List.of(
            new Milestone("launch", "(?i)\\b(launch|go-?live|day one|day 1|at start|initial(ly)?|month 0)\\b"),
            new Milestone("6 months", "(?i)\\b(?:(6|six)[- ]?months?|month 6|m6|half[- ]year|h1)\\b"),
            new Milestone("1 year", "(?i)\\b(?:(1|one)[- ]?year\\b|12[- ]?months?\\b|year (1|one)\\b|month 12\\b|m12\\b|annual)"));
    /** The milestones' patterns, with what their matches start with: tried only there. */
    private static final PatternSet NAMES = new PatternSet(MILESTONES.stream().map(Milestone::pattern).toList());

    record Milestone(String name, Pattern pattern) {
        Milestone(String name, String regex) {
            this(name, Pattern.compile(regex));
        }
    }

    /**
     * Whether the item names milestone {@code k} and gives a figure besides the milestone's own digits: exactly
     * {@code p.matcher(item).find() && p.matcher(item).replaceAll("").matches("(?s).*\\d.*")}. The matches are
     * those the search finds one after the other; the figure is a digit outside all of them.
     */
    static boolean withFigure(int k, String item, PatternSet.Hits names) {
        PatternSet.Hits.Found m = names.matches(k);
        if (!m.find()) {
            return false;
        }
        int kept = 0; // what replaceAll keeps: the text between one match and the next
        do {
            if (hasDigit(item, kept, m.matcher().start())) {
                return true;
            }
            kept = m.matcher().end();
        } while (m.find());
        return hasDigit(item, kept, item.length());
    }

    /** {@code \d}: an ASCII digit in [from, to). */
    private static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    public ScaleMilestonesRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        for (AnswerText.Answered a : AnswerText.answered(def, doc, spec.strings("fields", List.of("scale_projections")))) {
            List<String> items = AnswerText.items(a.text());
            List<PatternSet.Hits> names = new ArrayList<>(items.size()); // where each item could name a milestone
            for (String item : items) {
                names.add(NAMES.scan(item));
            }
            List<String> missing = new ArrayList<>();
            for (int k = 0; k < MILESTONES.size(); k++) {
                boolean given = false;
                for (int i = 0; i < items.size() && !given; i++) {
                    given = withFigure(k, items.get(i), names.get(i));
                }
                if (!given) {
                    missing.add(MILESTONES.get(k).name());
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

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
    private static final List<String[]> MILESTONES = List.of(
            new String[] {"launch", "(?i)\\b(launch|go-?live|day one|day 1|at start|initial(ly)?|month 0)\\b"},
            new String[] {"6 months", "(?i)\\b(6|six)[- ]?months?\\b|\\bmonth 6\\b|\\bm6\\b|\\bhalf[- ]year\\b|\\bh1\\b"},
            new String[] {"1 year", "(?i)\\b(1|one)[- ]?year\\b|\\b12[- ]?months?\\b|\\byear (1|one)\\b|\\bmonth 12\\b|\\bm12\\b|\\bannual"});

    public ScaleMilestonesRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        for (AnswerText.Answered a : AnswerText.answered(def, doc, spec.strings("fields", List.of("scale_projections")))) {
            List<String> missing = new ArrayList<>();
            for (String[] m : MILESTONES) {
                Pattern p = Pattern.compile(m[1]);
                boolean withFigure = AnswerText.items(a.text()).stream()
                        .anyMatch(i -> p.matcher(i).find() && NUMBER.matcher(p.matcher(i).replaceAll("")).find());
                if (!withFigure) {
                    missing.add(m[0]);
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

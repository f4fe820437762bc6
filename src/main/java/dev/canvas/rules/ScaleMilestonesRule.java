package dev.canvas.rules;

import dev.canvas.figures.Figure;
import dev.canvas.figures.Milestones;
import dev.canvas.figures.Milestones.Milestone;
import dev.canvas.model.Severity;
import dev.canvas.model.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scale projections give figures for launch, 6 months and 1 year (see {@link Milestones} for how they are read).
 * Where the answer dates its figures otherwise (quarters, calendar dates, other months), the milestones may be
 * there under other names: a warning says how to write them, not a gap.
 */
public final class ScaleMilestonesRule extends SubstanceRule {

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "scale-milestones";
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.GAP,
            "scale projections give figures for launch, 6 months and 1 year")
            .explained("The method asks how many users and interactions at launch, at 6 months and at 1 year.")
            .passing("Launch: 40 clerks. 6 months: 120 clerks. 1 year: 300 clerks.")
            .failing("We expect strong growth.")
            .defaults("fields", List.of("scale_projections"));

    static final String FORM = "write 'Launch: <n> users, <n> interactions/day; 6 months: ...; 1 year: ...' (or a table "
            + "with rows Launch, 6 months, 1 year), from POC adoption data";

    public ScaleMilestonesRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    void judge(AnsweredFields in, FindingSink out) {
        for (Answered a : in.answered(spec.strings("fields", List.of("scale_projections")))) {
            Set<Milestone> given = Milestones.given(a.text());
            List<String> missing = new ArrayList<>();
            for (Milestone m : Milestone.values()) {
                if (!given.contains(m)) {
                    missing.add(m.label());
                }
            }
            if (missing.isEmpty()) {
                continue;
            }
            String message = "scale projections give no figure for " + String.join(", ", missing);
            List<Figure> figures = in.figures(a.answer());
            if (Milestones.datesOtherwise(a.text(), figures) && !figures.isEmpty()) {
                out.warn(a.answer().location(), Subject.field(a.square(), a.field()),
                        "could not read the " + String.join(", ", missing) + " figures of the scale projections", FORM);
            } else {
                out.report(a.answer().location(), Subject.field(a.square(), a.field()), message, FORM);
            }
        }
    }
}

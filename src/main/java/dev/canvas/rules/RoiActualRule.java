package dev.canvas.rules;

import dev.canvas.model.Severity;
import dev.canvas.model.Subject;
import java.util.List;

/** After launch: where an actual ROI is recorded below the projected one, the method says investigate. */
public final class RoiActualRule extends SubstanceRule {

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "roi-actual";
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.WARNING,
            "an actual ROI recorded after launch is not below the projected ROI")
            .explained("The method: \"If Actual ROI < Projected ROI: investigate and optimise.\"")
            .passing("Projected ROI 120%. Actual ROI 135% after three months.")
            .failing("Projected ROI 120%. Actual ROI 40% after three months.")
            .defaults("fields", List.of("roi_calculation"));

    public RoiActualRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    void judge(AnsweredFields in, FindingSink out) {
        for (Answered a : in.answered(spec.strings("fields", List.of("roi_calculation")))) {
            RoiFigures r = in.roi(a);
            if (r.actual().isPresent() && r.projected().isPresent() && r.actual().get().compareTo(r.projected().get()) < 0) {
                out.report(a.answer().location(), Subject.field(a.square(), a.field()),
                        "the actual ROI (" + r.actual().get().toPlainString() + "%) is below the projected ROI ("
                                + r.projected().get().toPlainString() + "%)",
                        "investigate and optimise: adoption, cost per interaction, the value assumptions");
            }
        }
    }
}

package dev.canvas.rules;

import dev.canvas.model.Severity;
import dev.canvas.model.Subject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The ROI is positive: the method does not scale an agent whose value does not exceed its cost. A blocker, so it
 * rests on no guess: it fires on an ROI the canvas states as zero or negative, or, where no ROI is stated, on a
 * value and a cost read without doubt that leave no gain. Figures that contradict a stated positive ROI are
 * roi-figures' finding, not this one.
 */
public final class RoiPositiveRule extends SubstanceRule {

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "roi-positive";
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.BLOCKER,
            "the ROI is positive")
            .explained("An agent whose value does not exceed its cost is not scaled (the prerequisite \"ROI calculated "
                    + "and positive\").")
            .passing("Value: 500k. Cost: 200k.")
            .failing("Value: 100k. Cost: 250k. ROI: -60%.")
            .defaults("fields", List.of("roi_calculation"));

    public RoiPositiveRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    void judge(AnsweredFields in, FindingSink out) {
        for (Answered a : in.answered(spec.strings("fields", List.of("roi_calculation")))) {
            RoiFigures r = in.roi(a);
            Optional<BigDecimal> roi = r.stated().isPresent() ? r.stated() : r.sure() ? r.computed() : Optional.empty();
            if (roi.isPresent() && roi.get().signum() <= 0) {
                out.report(a.answer().location(), Subject.field(a.square(), a.field()),
                        "the ROI is not positive (" + roi.get().toPlainString() + "%"
                                + (r.stated().isPresent() ? ", as stated" : ": value " + r.value().get().amount().toPlainString()
                                + ", cost " + r.cost().get().amount().toPlainString()) + ")",
                        "do not scale: return to POC validation, or lower the cost until the value exceeds it");
            }
        }
    }
}

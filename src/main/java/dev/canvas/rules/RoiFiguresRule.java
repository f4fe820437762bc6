package dev.canvas.rules;

import dev.canvas.model.Severity;
import dev.canvas.model.Subject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Square 1's ROI states the value and the cost in numbers, and where it also states the ROI, that figure is
 * (value - cost) / cost x 100% within a tolerance. A reading that is not sure (several candidate totals, line items
 * without their total) is a warning that says how to write the figures, never a gap.
 */
public final class RoiFiguresRule extends SubstanceRule {

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "roi-figures";
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.GAP,
            "the ROI states value and cost as numbers, and a stated ROI matches (value - cost) / cost x 100%")
            .explained("Square 1's ROI answer must give the value and the cost as amounts (k, M, million understood). "
                    + "Where it also states the ROI, it must be (value - cost) / cost x 100% within tolerance_points "
                    + "(default 5).")
            .passing("Value: EUR 825,000 a year. Cost: EUR 375,000 a year. ROI = 120%.")
            .failing("Value: EUR 825,000 a year. Cost: EUR 375,000 a year. ROI = 300%.")
            .defaults("fields", List.of("roi_calculation"), "tolerance_points", 5);

    /** The form in which the figures are always read. */
    static final String FORM = "state 'Value: <amount> per year. Cost: <amount> per year. ROI: <n>%', each total on its own line";

    public RoiFiguresRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    void judge(AnsweredFields in, FindingSink out) {
        for (Answered a : in.answered(spec.strings("fields", List.of("roi_calculation")))) {
            RoiFigures r = in.roi(a);
            Subject subject = Subject.field(a.square(), a.field());
            if (r.value().isEmpty() || r.cost().isEmpty()) {
                String missing = r.value().isEmpty() && r.cost().isEmpty() ? "the value and the cost"
                        : r.value().isEmpty() ? "the value" : "the cost";
                if (!r.amounts()) {
                    out.report(a.answer().location(), subject, "the ROI does not state " + missing + " as an amount", FORM);
                } else {
                    out.warn(a.answer().location(), subject, "could not tell which amount is " + missing + " of the ROI", FORM);
                }
                continue;
            }
            if (r.cost().get().amount().signum() == 0) {
                if (r.cost().get().sure()) {
                    out.report(a.answer().location(), subject, "the ROI's cost is 0, so (value - cost) / cost cannot be computed",
                            "state the full yearly cost (build, run, models, people) as an amount");
                }
                continue;
            }
            Optional<BigDecimal> stated = r.stated();
            if (stated.isEmpty()) {
                continue;
            }
            BigDecimal computed = r.computed().orElseThrow();
            double tolerance = spec.number("tolerance_points", 5);
            if (within(stated.get(), computed, tolerance)) {
                continue;
            }
            String message = "the stated ROI of " + stated.get().toPlainString() + "% does not match (value - cost) / cost = "
                    + computed.toPlainString() + "% (value " + r.value().get().amount().toPlainString() + ", cost "
                    + r.cost().get().amount().toPlainString() + ")";
            if (r.sure()) {
                out.report(a.answer().location(), subject, message, "correct the ROI, or the value and cost it is computed from");
            } else {
                out.warn(a.answer().location(), subject, "could not confirm the ROI: " + message, FORM);
            }
        }
    }

    private static boolean within(BigDecimal a, BigDecimal b, double tolerance) {
        return a.subtract(b).abs().doubleValue() <= tolerance;
    }
}

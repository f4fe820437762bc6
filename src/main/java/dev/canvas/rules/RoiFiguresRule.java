package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Subject;
import java.math.BigDecimal;

/**
 * Square 1's ROI states the value and the cost in numbers, and where it also states the ROI, that figure is
 * (value - cost) / cost x 100% within a tolerance.
 */
public final class RoiFiguresRule extends SpecRule {

    public RoiFiguresRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        for (AnswerText.Answered a : AnswerText.answered(def, doc, spec.strings("fields", java.util.List.of("roi_calculation")))) {
            RoiFigures r = RoiFigures.of(a.text());
            Subject subject = Subject.field(a.square(), a.field());
            if (r.value().isEmpty() || r.cost().isEmpty()) {
                String missing = r.value().isEmpty() && r.cost().isEmpty() ? "the value and the cost"
                        : r.value().isEmpty() ? "the value" : "the cost";
                out.report(a.answer().location(), subject, "the ROI does not state " + missing + " as a number",
                        "write 'value: <amount>' and 'cost: <amount>' (per year), then ROI = (value - cost) / cost x 100%");
                continue;
            }
            if (r.cost().get().signum() == 0) {
                out.report(a.answer().location(), subject, "the ROI's cost is 0, so (value - cost) / cost cannot be computed",
                        "state the full yearly cost (build, run, models, people) as a number");
                continue;
            }
            BigDecimal computed = r.computed().orElseThrow(); // value and a cost other than 0: computed
            double tolerance = spec.number("tolerance_points", 5);
            if (r.stated().isPresent() && r.stated().get().subtract(computed).abs().doubleValue() > tolerance) {
                out.report(a.answer().location(), subject, "the stated ROI of " + r.stated().get().toPlainString()
                                + "% does not match (value - cost) / cost = " + computed.toPlainString() + "%",
                        "correct the ROI, or the value and cost it is computed from");
            }
        }
    }
}

package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Subject;
import java.math.BigDecimal;
import java.util.Optional;

/** The ROI is positive: the method does not scale an agent whose value does not exceed its cost. */
public final class RoiPositiveRule extends SpecRule {

    public RoiPositiveRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        for (AnswerText.Answered a : AnswerText.answered(def, doc, spec.strings("fields", java.util.List.of("roi_calculation")))) {
            RoiFigures r = RoiFigures.of(a.text());
            Optional<BigDecimal> roi = r.computed().or(r::stated);
            if (roi.isPresent() && roi.get().signum() <= 0) {
                out.report(a.answer().location(), Subject.field(a.square(), a.field()),
                        "the ROI is not positive (" + roi.get().toPlainString() + "%)",
                        "do not scale: return to POC validation, or lower the cost until the value exceeds it");
            }
        }
    }
}

package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
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
public final class RoiPositiveRule extends SpecRule {

    public RoiPositiveRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        for (AnswerText.Answered a : AnswerText.answered(def, doc, spec.strings("fields", List.of("roi_calculation")))) {
            RoiFigures r = RoiFigures.of(a.text());
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

package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Subject;
import java.util.List;

/** After launch: where an actual ROI is recorded below the projected one, the method says investigate. */
public final class RoiActualRule extends SpecRule {

    public RoiActualRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        for (AnswerText.Answered a : AnswerText.answered(def, doc, spec.strings("fields", List.of("roi_calculation")))) {
            RoiFigures r = RoiFigures.of(a.text());
            if (r.actual().isPresent() && r.projected().isPresent() && r.actual().get().compareTo(r.projected().get()) < 0) {
                out.report(a.answer().location(), Subject.field(a.square(), a.field()),
                        "the actual ROI (" + r.actual().get().toPlainString() + "%) is below the projected ROI ("
                                + r.projected().get().toPlainString() + "%)",
                        "investigate and optimise: adoption, cost per interaction, the value assumptions");
            }
        }
    }
}

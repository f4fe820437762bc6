package dev.canvas.rules;

import dev.canvas.figures.Figure;
import dev.canvas.figures.FigureReader;
import dev.canvas.model.Answer;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Location;
import dev.canvas.model.Subject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The economics at 10x and 100x today's scale are addressed somewhere in the canvas (the method's prerequisite):
 * some answer states a multiple of 10 ({@code 10x}, {@code x10}, {@code 10×}, "ten times", "10-fold") and one of
 * 100.
 */
public final class EconomicsAtScaleRule extends SpecRule {

    public EconomicsAtScaleRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        DocView v = DocView.of(def, doc);
        String anchor = spec.strings("anchor_fields", List.of("cost_constraints", "cost_analysis")).stream()
                .filter(id -> v.def.indexes(id).length > 0).findFirst().orElse(null);
        if (anchor == null) {
            return; // a template without a field that holds the economics does not ask for them
        }
        List<String> fields = spec.strings("fields", List.of());
        List<Answer> answers = new ArrayList<>();
        if (fields.isEmpty()) {
            for (int i = 0; i < v.def.fields.length; i++) {
                Answer a = v.answer(i);
                if (a != null) {
                    answers.add(a);
                }
            }
        } else {
            AnswerText.answered(def, doc, fields).forEach(x -> answers.add(x.answer()));
        }
        if (answers.isEmpty()) {
            return; // nothing answered: the completeness rules say so
        }
        boolean ten = false;
        boolean hundred = false;
        for (Answer a : answers) {
            for (Figure f : FigureReader.read(a.text())) {
                if (f.kind() == Figure.Kind.MULTIPLE) {
                    ten = ten || f.value().compareTo(BigDecimal.TEN) == 0;
                    hundred = hundred || f.value().compareTo(BigDecimal.valueOf(100)) == 0;
                }
            }
            if (ten && hundred) {
                return;
            }
        }
        String missing = !ten && !hundred ? "10x and 100x" : !ten ? "10x" : "100x";
        var answered = AnswerText.first(def, doc, anchor);
        Location at = answered.map(x -> x.answer().location()).orElse(answers.get(0).location());
        out.report(at, answered.map(x -> Subject.field(x.square(), x.field())).orElse(Subject.NONE),
                "the canvas does not address the economics at " + missing + " scale",
                "show cost and value at 10x and at 100x today's usage, written '10x' and '100x' (e.g. in the cost constraints)");
    }
}

package dev.canvas.rules;

import dev.canvas.model.Answer;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Field;
import dev.canvas.model.Subject;

/** A question that is there must have an answer: not empty, not whitespace. */
public final class FieldEmptyRule extends SpecRule {

    public FieldEmptyRule(RuleSpec spec) {
        super(spec);
    }

    public static final String ID = "field-empty";




    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        DocView v = DocView.of(def, doc);
        Field[] fields = v.def.fields;
        for (int i = 0; i < fields.length; i++) {
            Answer a = v.answer(i);
            if (a != null && a.text().isBlank()) {
                Field f = fields[i];
                out.report(a.location(), Subject.field(v.def.squareOf[i], f), "question '" + f.question() + "' has no answer",
                        "write the answer under the question");
            }
        }
    }
}

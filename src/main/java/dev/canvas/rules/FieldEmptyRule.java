package dev.canvas.rules;

import dev.canvas.model.Answer;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Field;
import dev.canvas.model.Square;
import dev.canvas.model.Subject;

/** A question that is there must have an answer: not empty, not whitespace. */
public final class FieldEmptyRule extends SpecRule {

    public FieldEmptyRule(RuleSpec spec) {
        super(spec);
    }

    public static final String ID = "field-empty";




    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        for (Square s : def.squares()) {
            for (Field f : s.fields()) {
                Answer a = doc.answers().get(f.id());
                if (a != null && a.text().isBlank()) {
                    out.report(a.location(), Subject.field(s, f), "question '" + f.question() + "' has no answer",
                            "write the answer under the question");
                }
            }
        }
    }
}

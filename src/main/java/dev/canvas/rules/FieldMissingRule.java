package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Field;
import dev.canvas.model.SourceFormat;
import dev.canvas.model.Square;
import dev.canvas.model.Subject;
import java.util.List;

/** Within a square the canvas has, every question must be there. (A missing square is reported once, whole.) */
public final class FieldMissingRule extends SpecRule {

    public FieldMissingRule(RuleSpec spec) {
        super(spec);
    }

    public static final String ID = "field-missing";




    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        DocView v = DocView.of(def, doc);
        List<Square> squares = v.def.squares;
        for (int j = 0; j < squares.size(); j++) {
            Square s = squares.get(j);
            var squareAt = doc.squares().get(s.number());
            if (squareAt == null) {
                continue;
            }
            for (int i = v.def.firstField[j]; i < v.def.firstField[j + 1]; i++) {
                if (v.answer(i) != null) {
                    continue;
                }
                Field f = v.def.fields[i];
                String fix = doc.format() == SourceFormat.YAML
                        ? "add '" + f.id() + ":' with your answer under squares:"
                        : "add '**" + f.question() + "**' followed by your answer under " + s.label();
                out.report(squareAt, Subject.field(s, f), "question '" + f.question() + "' is missing", fix);
            }
        }
    }
}

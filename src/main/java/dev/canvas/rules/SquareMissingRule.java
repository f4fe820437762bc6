package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Field;
import dev.canvas.model.SourceFormat;
import dev.canvas.model.Square;
import dev.canvas.model.Subject;
import java.util.stream.Collectors;

/** Every square the template defines must be in the canvas. */
public final class SquareMissingRule extends SpecRule {

    public SquareMissingRule(RuleSpec spec) {
        super(spec);
    }

    public static final String ID = "square-missing";




    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        for (Square s : DefView.of(def).squares) {
            if (doc.squares().containsKey(s.number())) {
                continue;
            }
            String fix = doc.format() == SourceFormat.YAML
                    ? "answer its fields under squares: (" + s.fields().stream().map(Field::id).collect(Collectors.joining(", ")) + ")"
                    : "add '### " + s.label() + "' with its " + s.fields().size()
                            + (s.fields().size() == 1 ? " question and its answer" : " questions and their answers")
                            + " ('canvas init' shows the layout)";
            out.report(Places.forMissingSquare(def, doc, s), Subject.square(s), s.label() + " is missing", fix);
        }
    }
}

package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Field;
import dev.canvas.model.Severity;
import dev.canvas.model.SourceFormat;
import dev.canvas.model.Square;
import dev.canvas.model.Subject;
import java.util.stream.Collectors;

/** Every square the template defines must be in the canvas. */
public final class SquareMissingRule extends SpecRule {

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "square-missing";
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.BLOCKER,
            "every square of the template is in the canvas")
            .explained("A canvas missing a square is incomplete; the decision gate says do not deploy.")
            .passing("### Square 6: Knowledge Base & Pipeline Operations")
            .failing("(no Square 6 heading and none of its questions)");

    public SquareMissingRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(RuleContext ctx, FindingSink out) {
        CanvasDefinition def = ctx.definition();
        CanvasDocument doc = ctx.document();
        for (Square s : ctx.view().squares) {
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

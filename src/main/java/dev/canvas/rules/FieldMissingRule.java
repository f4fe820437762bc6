package dev.canvas.rules;

import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Field;
import dev.canvas.model.Severity;
import dev.canvas.model.SourceFormat;
import dev.canvas.model.Square;
import dev.canvas.model.Subject;
import java.util.List;

/** Within a square the canvas has, every question must be there. (A missing square is reported once, whole.) */
public final class FieldMissingRule extends SpecRule {

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "field-missing";
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.BLOCKER,
            "every question of a square is in the canvas")
            .explained("Each question of a square the canvas has must be there, in bold, followed by its answer.")
            .passing("**How are failures handled gracefully?**\n\nRetries with backoff, circuit breakers per provider.")
            .failing("(the question is not in its square)");

    public FieldMissingRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(RuleContext ctx, FindingSink out) {
        CanvasDocument doc = ctx.document();
        DefinitionView v = ctx.view();
        List<Square> squares = v.squares;
        for (int j = 0; j < squares.size(); j++) {
            Square s = squares.get(j);
            var squareAt = doc.squares().get(s.number());
            if (squareAt == null) {
                continue;
            }
            for (int i = v.firstField[j]; i < v.firstField[j + 1]; i++) {
                if (ctx.answer(i) != null) {
                    continue;
                }
                Field f = v.fields[i];
                String fix = doc.format() == SourceFormat.YAML
                        ? "add '" + f.id() + ":' with your answer under squares:"
                        : "add '**" + f.question() + "**' followed by your answer under " + s.label();
                out.report(squareAt, Subject.field(s, f), "question '" + f.question() + "' is missing", fix);
            }
        }
    }
}

package dev.canvas.rules;

import dev.canvas.model.Answer;
import dev.canvas.model.Field;
import dev.canvas.model.Severity;
import dev.canvas.model.Subject;

/** A question that is there must have an answer: not empty, not whitespace. */
public final class FieldEmptyRule extends SpecRule {

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "field-empty";
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.BLOCKER,
            "every question has an answer (not empty or whitespace)")
            .explained("A question without an answer leaves its square incomplete.")
            .passing("**Who is on call?**\n\nThe platform team, weekly rotation.")
            .failing("**Who is on call?**\n\n**Next question?**");

    public FieldEmptyRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(RuleContext ctx, FindingSink out) {
        DefinitionView v = ctx.view();
        Field[] fields = v.fields;
        for (int i = 0; i < fields.length; i++) {
            Answer a = ctx.answer(i);
            if (a != null && a.text().isBlank()) {
                Field f = fields[i];
                out.report(a.location(), Subject.field(v.squareOf[i], f), "question '" + f.question() + "' has no answer",
                        "write the answer under the question");
            }
        }
    }
}

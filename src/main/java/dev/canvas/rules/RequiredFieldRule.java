package dev.canvas.rules;

import dev.canvas.model.Answer;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Location;
import dev.canvas.model.Subject;

/**
 * Configurable kind {@code required-field}: each of {@code fields} must be answered. Useful with a severity
 * of its own (a field an organisation cares most about), or with {@code effective_from}.
 */
public final class RequiredFieldRule extends SpecRule {

    /** The kind a project names in its configuration for a rule of this class. */
    public static final String KIND = "required-field";

    public RequiredFieldRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(RuleContext ctx, FindingSink out) {
        CanvasDefinition def = ctx.definition();
        CanvasDocument doc = ctx.document();
        for (String id : PatternRule.fields(spec)) {
            Answer a = doc.answers().get(id);
            if (a == null || a.text().isBlank()) {
                var field = def.fieldsById().get(id);
                Subject subject = field == null ? Subject.NONE
                        : Subject.field(def.square(field.square()).orElseThrow(), field);
                String question = field == null ? id : field.question();
                out.report(a != null ? a.location() : Location.of(doc.file(), 1), subject,
                        spec.string("message", "'" + question + "' (" + id + ") must be answered"),
                        spec.string("fix", "answer it"));
            }
        }
    }
}

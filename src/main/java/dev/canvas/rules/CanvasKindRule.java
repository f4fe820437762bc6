package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Location;
import dev.canvas.model.Severity;
import dev.canvas.model.Subject;

/** A canvas that says what kind it is must be checked against a template of that kind. */
public final class CanvasKindRule extends SpecRule {

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "canvas-kind";
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.BLOCKER,
            "the canvas's declared kind (canvas: ...) matches the template's")
            .explained("A canvas that says what kind it is (canvas: production) must be checked against a template of "
                    + "that kind.")
            .passing("canvas: production")
            .failing("canvas: poc   # checked with the production template");

    public CanvasKindRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(RuleContext ctx, FindingSink out) {
        CanvasDefinition def = ctx.definition();
        CanvasDocument doc = ctx.document();
        if (!doc.kind().isEmpty() && !doc.kind().equalsIgnoreCase(def.kind())) {
            out.report(Location.of(doc.file(), 1), Subject.NONE,
                    "the canvas says 'canvas: " + doc.kind() + "' but is checked against a " + def.kind() + " template",
                    "check it with the template for '" + doc.kind() + "' (--template), or correct its 'canvas:' line");
        }
    }
}

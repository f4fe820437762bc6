package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Location;
import dev.canvas.model.Subject;

/** A canvas that says what kind it is must be checked against a template of that kind. */
public final class CanvasKindRule extends SpecRule {

    public CanvasKindRule(RuleSpec spec) {
        super(spec);
    }

    public static final String ID = "canvas-kind";




    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        if (!doc.kind().isEmpty() && !doc.kind().equalsIgnoreCase(def.kind())) {
            out.report(Location.of(doc.file(), 1), Subject.NONE,
                    "the canvas says 'canvas: " + doc.kind() + "' but is checked against a " + def.kind() + " template",
                    "check it with the template for '" + doc.kind() + "' (--template), or correct its 'canvas:' line");
        }
    }
}

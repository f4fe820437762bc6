package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistItem;
import dev.canvas.model.ChecklistKind;
import dev.canvas.model.Mark;
import dev.canvas.model.Subject;

/** Every validation-gate item must be confirmed before deploying. */
public final class GateRule extends SpecRule {

    public GateRule(RuleSpec spec) {
        super(spec);
    }

    public static final String ID = "gate-unchecked";




    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        for (Checklist c : def.checklists()) {
            if (c.kind() != ChecklistKind.GATE) {
                continue;
            }
            Mark[] marks = DocView.of(def, doc).marks(c);
            for (int i = 0; i < marks.length; i++) {
                ChecklistItem item = c.items().get(i);
                Mark m = marks[i];
                if (m == null) {
                    out.report(Places.forMissingItem(def, doc, c), Subject.item(c, item),
                            c.title() + " item '" + item.text() + "' is missing",
                            "add " + Places.box(doc, c, item.id(), item.text(), false) + " and tick it once it is true");
                } else if (!m.checked()) {
                    out.report(m.location(), Subject.item(c, item),
                            c.title() + " item '" + item.text() + "' is not confirmed",
                            "make it true, then tick it: " + Places.box(doc, c, item.id(), item.text(), true));
                }
            }
        }
    }
}

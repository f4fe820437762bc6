package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistItem;
import dev.canvas.model.ChecklistKind;
import dev.canvas.model.Mark;
import dev.canvas.model.Severity;
import dev.canvas.model.Subject;

/** Every validation-gate item must be confirmed before deploying. */
public final class GateRule extends SpecRule {

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "gate-unchecked";
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.GAP,
            "every validation gate item is present and ticked")
            .explained("With every square complete, unconfirmed gate items are the gaps to address before deploying.")
            .passing("- [x] Provider failover tested")
            .failing("- [ ] Provider failover tested");

    public GateRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(RuleContext ctx, FindingSink out) {
        CanvasDefinition def = ctx.definition();
        CanvasDocument doc = ctx.document();
        for (Checklist c : def.checklists()) {
            if (c.kind() != ChecklistKind.GATE) {
                continue;
            }
            Mark[] marks = ctx.marks(c);
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

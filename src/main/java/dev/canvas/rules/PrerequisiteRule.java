package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistItem;
import dev.canvas.model.ChecklistKind;
import dev.canvas.model.Mark;
import dev.canvas.model.Severity;
import dev.canvas.model.Subject;

/** Every prerequisite must be confirmed: otherwise the POC is not validated and scaling must stop. */
public final class PrerequisiteRule extends SpecRule {

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "prerequisite-unchecked";
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.BLOCKER,
            "every prerequisite is present and ticked; otherwise STOP and return to POC validation")
            .explained("The method scales only validated agents. Any prerequisite unchecked means STOP and return to "
                    + "POC validation.")
            .passing("- [x] ROI calculated and positive")
            .failing("- [ ] ROI calculated and positive");

    public PrerequisiteRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(RuleContext ctx, FindingSink out) {
        CanvasDefinition def = ctx.definition();
        CanvasDocument doc = ctx.document();
        for (Checklist c : def.checklists()) {
            if (c.kind() != ChecklistKind.PREREQUISITES) {
                continue;
            }
            Mark[] marks = ctx.marks(c);
            for (int i = 0; i < marks.length; i++) {
                ChecklistItem item = c.items().get(i);
                Mark m = marks[i];
                if (m == null) {
                    out.report(Places.forMissingItem(def, doc, c), Subject.item(c, item),
                            "prerequisite '" + item.text() + "' is missing",
                            "add " + Places.box(doc, c, item.id(), item.text(), false)
                                    + " and tick it only once it is true; until then, STOP: return to POC validation");
                } else if (!m.checked()) {
                    out.report(m.location(), Subject.item(c, item),
                            "prerequisite '" + item.text() + "' is not confirmed",
                            "STOP: return to POC validation until it is true, then tick it: "
                                    + Places.box(doc, c, item.id(), item.text(), true));
                }
            }
        }
    }
}

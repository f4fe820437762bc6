package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistItem;
import dev.canvas.model.ChecklistKind;
import dev.canvas.model.Location;
import dev.canvas.model.Mark;
import dev.canvas.model.Severity;
import dev.canvas.model.Square;
import dev.canvas.model.Subject;
import dev.canvas.readiness.ReadinessChecklistLoader;

/**
 * Every item of the Production Readiness Checklist is confirmed. A canvas without the checklist at all is
 * {@link ChecklistMissingRule}'s finding, once, not this rule's for every item.
 */
public final class ChecklistUncheckedRule extends SpecRule {

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "checklist-unchecked";
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.GAP,
            "every Production Readiness Checklist item is present and ticked")
            .explained("Below 100% the gaps are addressed before deploying (the seed's decision gate).")
            .passing("- [x] Penetration test completed")
            .failing("- [ ] Penetration test completed");

    public ChecklistUncheckedRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(RuleContext ctx, FindingSink out) {
        CanvasDefinition def = ctx.definition();
        CanvasDocument doc = ctx.document();
        for (Checklist c : def.checklists()) {
            if (c.kind() != ChecklistKind.READINESS || !ChecklistMissingRule.isPresent(doc, c)) {
                continue; // no checklist at all: checklist-missing says so
            }
            Location where = doc.checklists().getOrDefault(c.id(), Location.of(doc.file(), 1));
            Mark[] marks = ctx.marks(c); // read once for this rule and checklist-score
            for (int i = 0; i < marks.length; i++) {
                ChecklistItem item = c.items().get(i);
                Mark m = marks[i];
                if (m == null) {
                    out.report(where, subject(def, c, item), "checklist item '" + item.text() + "' (" + item.group() + ") is missing",
                            "add " + Places.box(doc, c, item.id(), item.text(), false) + " and tick it once it is true");
                } else if (!m.checked()) {
                    out.report(m.location(), subject(def, c, item), "checklist item '" + item.text() + "' is not confirmed",
                            "make it true, then tick it: " + Places.box(doc, c, item.id(), item.text(), true));
                }
            }
        }
    }

    /** The item, with the square and phase it is about (read from its group's label: only for an item reported). */
    private static Subject subject(CanvasDefinition def, Checklist c, ChecklistItem item) {
        int sq = ReadinessChecklistLoader.squareOf(item);
        int phase = def.square(sq).map(Square::phase).orElse(0);
        return new Subject(phase, sq, "", c.id(), item.id(), item.text());
    }
}

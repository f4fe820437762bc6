package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistItem;
import dev.canvas.model.ChecklistKind;
import dev.canvas.model.Location;
import dev.canvas.model.Mark;
import dev.canvas.model.SourceFormat;
import dev.canvas.model.Subject;

/**
 * Every item of the Production Readiness Checklist is confirmed. A canvas without the checklist at all gets one
 * finding ({@code checklist-missing}, another instance of this class), not one per item.
 */
public final class ReadinessChecklistRule extends SpecRule {

    private final boolean missingWhole;

    ReadinessChecklistRule(RuleSpec spec, boolean missingWhole) {
        super(spec);
        this.missingWhole = missingWhole;
    }

    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        for (Checklist c : def.checklists()) {
            if (c.kind() != ChecklistKind.READINESS) {
                continue;
            }
            boolean present = !doc.marks(c.id()).isEmpty() || doc.checklists().containsKey(c.id());
            if (!present) {
                if (missingWhole) {
                    out.report(doc.checklistRef().map(CanvasDocument.Reference::location).orElse(Location.of(doc.file(), 1)),
                            Subject.NONE, "the canvas has no " + c.title() + " (" + c.items().size() + " items)",
                            doc.format() == SourceFormat.YAML
                                    ? "add 'checklist:' with its items (canvas init writes them), or name a checklist file"
                                    : "add a '## " + c.title() + "' section (canvas init writes it), or 'checklist: FILE' in the front matter");
                }
                continue;
            }
            if (missingWhole) {
                continue;
            }
            Location where = doc.checklists().getOrDefault(c.id(), Location.of(doc.file(), 1));
            Mark[] marks = DocView.of(def, doc).marks(c); // read once for this rule and checklist-score
            for (int i = 0; i < marks.length; i++) {
                ChecklistItem item = c.items().get(i);
                Mark m = marks[i];
                if (m == null) {
                    out.report(where, subject(def, c, item), "checklist item '" + item.text() + "' (" + item.group() + ") is missing",
                            "add " + box(doc, item, false) + " and tick it once it is true");
                } else if (!m.checked()) {
                    out.report(m.location(), subject(def, c, item), "checklist item '" + item.text() + "' is not confirmed",
                            "make it true, then tick it: " + box(doc, item, true));
                }
            }
        }
    }

    /** The item, with the square and phase it is about (read from its group's label: only for an item reported). */
    private static Subject subject(CanvasDefinition def, Checklist c, ChecklistItem item) {
        int sq = dev.canvas.readiness.ReadinessChecklistLoader.squareOf(item);
        int phase = def.square(sq).map(dev.canvas.model.Square::phase).orElse(0);
        return new Subject(phase, sq, "", c.id(), item.id(), item.text());
    }

    private static String box(CanvasDocument doc, ChecklistItem item, boolean ticked) {
        return doc.format() == SourceFormat.YAML ? "'" + item.id() + ": " + ticked + "' under checklist:"
                : "'- [" + (ticked ? "x" : " ") + "] " + item.text() + "'";
    }
}

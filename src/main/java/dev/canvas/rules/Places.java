package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistKind;
import dev.canvas.model.Location;
import dev.canvas.model.SourceFormat;
import dev.canvas.model.Square;
import java.util.Map;
import java.util.TreeMap;

/** Where to point a user at something that is absent: the nearest place where it belongs. */
final class Places {

    private Places() {
    }

    /**
     * For a missing square, where it belongs: before the next square of its phase that the canvas has, else
     * before its phase's validation gate, else after the square before it, else before the next one, else line 1.
     */
    static Location forMissingSquare(CanvasDefinition def, CanvasDocument doc, Square missing) {
        TreeMap<Integer, Location> present = new TreeMap<>(doc.squares());
        Map.Entry<Integer, Location> next = present.higherEntry(missing.number());
        boolean nextInPhase = next != null && def.square(next.getKey()).map(s -> s.phase() == missing.phase()).orElse(false);
        if (nextInPhase) {
            return next.getValue();
        }
        Location gate = doc.checklists().get("phase-" + missing.phase());
        if (gate != null) {
            return gate;
        }
        Map.Entry<Integer, Location> prev = present.lowerEntry(missing.number());
        if (prev != null) {
            return prev.getValue();
        }
        return next != null ? next.getValue() : Location.of(doc.file(), 1);
    }

    /** For a missing checklist item: where the canvas has that checklist, else near its phase's last square. */
    static Location forMissingItem(CanvasDefinition def, CanvasDocument doc, Checklist c) {
        Location l = doc.checklists().get(c.id());
        if (l != null) {
            return l;
        }
        if (c.phase() > 0) {
            var phase = def.phase(c.phase());
            if (phase.isPresent() && !phase.get().squares().isEmpty()) {
                Square last = phase.get().squares().get(phase.get().squares().size() - 1);
                Location sq = doc.squares().get(last.number());
                if (sq != null) {
                    return sq;
                }
            }
        }
        return Location.of(doc.file(), 1);
    }

    /** How to write a box in this canvas's format. */
    static String box(CanvasDocument doc, Checklist c, String itemId, String text, boolean ticked) {
        if (doc.format() == SourceFormat.YAML) {
            String parent = c.kind() == ChecklistKind.READINESS ? "checklist:"
                    : c.id().equals("prerequisites") ? "prerequisites:" : "gates: " + c.id() + ":";
            return "'" + itemId + ": " + ticked + "' under " + parent;
        }
        return "'- [" + (ticked ? "x" : " ") + "] " + text + "'";
    }
}

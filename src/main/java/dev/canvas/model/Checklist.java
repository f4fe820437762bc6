package dev.canvas.model;

import java.util.List;
import java.util.Objects;

/**
 * A list of boxes the canvas must tick.
 *
 * @param id    {@code prerequisites}, {@code phase-N} for a phase's validation gate, or a slug of the section title
 * @param title human title, e.g. {@code Phase 1 validation gate}
 * @param kind  what it gates
 * @param phase the phase it belongs to, or 0
 * @param items its items, in template order
 */
public record Checklist(String id, String title, ChecklistKind kind, int phase, List<ChecklistItem> items) {
    public Checklist {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        items = List.copyOf(items);
    }
}

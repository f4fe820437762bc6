package dev.canvas.model;

import java.util.Objects;

/**
 * One box to tick.
 *
 * @param id       stable id derived from the text ({@code poc-results-documented-with-evidence}), unique in its checklist
 * @param text     the item as the template words it
 * @param group    the bold label it stands under in the template, or ""
 * @param location where it stands in the template
 */
public record ChecklistItem(String id, String text, String group, Location location) {
    public ChecklistItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(location, "location");
    }
}

package dev.canvas.model;

import java.util.List;
import java.util.Objects;

/**
 * One box to tick.
 *
 * @param id       stable id derived from the text ({@code poc-results-documented-with-evidence}), unique in its checklist
 * @param text     the item as the template words it
 * @param group    the bold label it stands under in the template, or ""
 * @param location where it stands in the template
 * @param words    the key words that name the item however it is worded (the Production Readiness Checklist's
 *                 items, which BMAD's own checklist words differently): alternatives, each a few words that a
 *                 box's text must all have ({@code "cost* optimi*"}: a word ending in '*' stands for every word
 *                 it starts); empty for an item known by its text only
 */
public record ChecklistItem(String id, String text, String group, Location location, List<String> words) {
    public ChecklistItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(location, "location");
        words = List.copyOf(words);
    }

    /** An item known by its text only. */
    public ChecklistItem(String id, String text, String group, Location location) {
        this(id, text, group, location, List.of());
    }
}

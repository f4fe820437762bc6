package dev.canvas.model;

import java.util.Objects;

/**
 * A checklist item as the canvas has it.
 *
 * @param itemId   the template item it matches
 * @param checked  ticked ({@code [x]}, {@code [X]} or {@code true})
 * @param location where the box stands
 */
public record Mark(String itemId, boolean checked, Location location) {
    public Mark {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(location, "location");
    }
}

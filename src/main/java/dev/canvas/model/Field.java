package dev.canvas.model;

import java.util.Objects;

/**
 * One question of a square, answered by the canvas author.
 *
 * @param id       the template's placeholder name ({@code {{success_metrics}}} gives {@code success_metrics})
 * @param question the bold question text that precedes the placeholder, without the asterisks
 * @param square   number of the square it belongs to
 * @param location where the placeholder stands in the template
 */
public record Field(String id, String question, int square, Location location) {
    public Field {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(location, "location");
    }
}

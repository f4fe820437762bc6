package dev.canvas.model;

import java.util.Objects;

/**
 * What a canvas says in answer to one field.
 *
 * @param fieldId  the template field it answers
 * @param text     the answer as written, trimmed; "" when the question is there with no answer
 * @param location where the answer starts, or where the question stands when there is no answer
 */
public record Answer(String fieldId, String text, Location location) {
    public Answer {
        Objects.requireNonNull(fieldId, "fieldId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
    }
}

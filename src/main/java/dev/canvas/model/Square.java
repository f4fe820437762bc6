package dev.canvas.model;

import java.util.List;
import java.util.Objects;

/**
 * A square of the canvas: a numbered block of questions inside a phase.
 *
 * @param number   square number as the template gives it (1-based)
 * @param title    e.g. {@code Business Case & Scale Planning}
 * @param phase    number of the phase it belongs to
 * @param fields   its questions, in template order
 * @param guidance the template's {@code [[LLM: ...]]} text for the square, or ""
 */
public record Square(int number, String title, int phase, List<Field> fields, String guidance) {
    public Square {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(guidance, "guidance");
        fields = List.copyOf(fields);
    }

    /** {@code Square 1: Business Case & Scale Planning}. */
    public String label() {
        return "Square " + number + ": " + title;
    }
}

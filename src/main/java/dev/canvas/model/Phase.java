package dev.canvas.model;

import java.util.List;
import java.util.Objects;

/**
 * A phase of the canvas.
 *
 * @param number  1-based, as the template's {@code ## PHASE N:} heading gives it
 * @param title   the heading text after the number, in title case as the template writes it
 * @param squares its squares, in template order
 */
public record Phase(int number, String title, List<Square> squares) {
    public Phase {
        Objects.requireNonNull(title, "title");
        squares = List.copyOf(squares);
    }

    public String label() {
        return "Phase " + number + ": " + title;
    }
}

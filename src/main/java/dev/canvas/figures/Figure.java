package dev.canvas.figures;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure read from a text.
 *
 * @param kind     what the figure measures
 * @param value    its value: an amount in its currency's units (multipliers applied: {@code $1.2M} is 1200000), a
 *                 percentage as written (99.9), a duration in seconds, a rate per second, a multiple (10 for 10x),
 *                 a plain number as written
 * @param unit     the unit as written, lower-cased ({@code ms}, {@code req/s}, {@code %}); for money its currency
 *                 ({@code eur}, {@code $}), empty when only a multiplier marks it ({@code 650k})
 * @param start    offset of the figure's first character in the text read (its sign or currency included)
 * @param end      offset just past its last character (unit included)
 * @param exact    false when the notation has two readings ({@code 1.500} is 1.5 or 1500) and the one taken is a guess
 */
public record Figure(Kind kind, BigDecimal value, String unit, int start, int end, boolean exact) {

    /** What a figure measures. */
    public enum Kind {
        /** A number with no unit the reader knows (a count, a score). */
        NUMBER,
        /** An amount of money: a currency marks it, or a k/M/bn multiplier. */
        MONEY,
        /** A percentage ({@code %}, "percent", "per cent"). */
        PERCENT,
        /** A duration with its time unit ({@code 800 ms}, {@code 2,5 s}, {@code 1h30}). */
        DURATION,
        /** A rate: a quantity per unit of time ({@code 10 req/s}, {@code 300 reviews/h}, {@code 40 RPS}). */
        RATE,
        /** A multiple of scale ({@code 10x}, {@code ×100}, "ten times", "10-fold"). */
        MULTIPLE,
        /** A calendar date or year ({@code 2026-09-01}, {@code Q3 2027}, {@code 2027}): not a quantity. */
        DATE
    }

    public Figure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}

package dev.canvas.check;

import dev.canvas.text.SourceText;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Limits and context of a run.
 *
 * @param maxFileBytes largest canvas read; larger files are do-not-deploy with a finding, not read
 * @param today        the date waivers' expiry and rules' effective_from are judged against
 */
public record CheckOptions(long maxFileBytes, LocalDate today) {
    public CheckOptions {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive");
        }
        Objects.requireNonNull(today, "today");
    }

    public static CheckOptions defaults() {
        return new CheckOptions(SourceText.DEFAULT_MAX_BYTES, LocalDate.now());
    }
}

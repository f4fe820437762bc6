package dev.canvas.check;

import dev.canvas.text.SourceText;

/**
 * Limits of a run.
 *
 * @param maxFileBytes largest canvas read; larger files are do-not-deploy with a finding, not read
 */
public record CheckOptions(long maxFileBytes) {
    public CheckOptions {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive");
        }
    }

    public static CheckOptions defaults() {
        return new CheckOptions(SourceText.DEFAULT_MAX_BYTES);
    }
}

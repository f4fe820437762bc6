package dev.canvas.check;

import dev.canvas.text.SourceText;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Limits and context of a run.
 *
 * @param maxFileBytes largest canvas read; larger files are do-not-deploy with a finding, not read
 * @param today        the date waivers' expiry and rules' effective_from are judged against
 * @param checklistFile a readiness checklist file for every canvas ({@code --checklist}), instead of their own
 */
public record CheckOptions(long maxFileBytes, LocalDate today, Optional<Path> checklistFile) {

    public CheckOptions(long maxFileBytes, LocalDate today) {
        this(maxFileBytes, today, Optional.empty());
    }

    public CheckOptions {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive");
        }
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(checklistFile, "checklistFile");
    }

    public static CheckOptions defaults() {
        return new CheckOptions(SourceText.DEFAULT_MAX_BYTES, LocalDate.now());
    }
}

package dev.canvas.model;

import java.util.List;
import java.util.Objects;

/**
 * The check of one canvas file.
 *
 * @param file      path as the user gave it (or as found under a directory they gave)
 * @param format    how the canvas is written
 * @param decision  the verdict and its reason
 * @param findings  every finding, in file order
 * @param readiness progress per phase
 */
public record FileResult(String file, SourceFormat format, Decision decision, List<Finding> findings, Readiness readiness) {
    public FileResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(readiness, "readiness");
        findings = List.copyOf(findings);
    }

    /** Findings of a severity that count (waived ones are counted apart, by {@link #waived()}). */
    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s && f.counts()).count();
    }

    public long waived() {
        return findings.stream().filter(f -> !f.counts()).count();
    }
}

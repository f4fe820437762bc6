package dev.canvas.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a canvas, where it is and how to fix it.
 *
 * @param rule     stable rule id, e.g. {@code field-empty}
 * @param severity how much it weighs in the verdict
 * @param location where it is; line 0 when it is about the whole file
 * @param subject  the phase, square, field or checklist item it is about ({@link Subject#NONE} if none)
 * @param message  what is wrong, one sentence, no trailing period needed
 * @param fix      how to fix it, one sentence
 * @param waiver   the waiver that accepts it, if any: a waived finding is shown but does not count
 */
public record Finding(String rule, Severity severity, Location location, Subject subject, String message, String fix,
                      Optional<Waiver> waiver) implements Comparable<Finding> {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(waiver, "waiver");
    }

    /** A finding no waiver accepts. */
    public Finding(String rule, Severity severity, Location location, Subject subject, String message, String fix) {
        this(rule, severity, location, subject, message, fix, Optional.empty());
    }

    public Finding withSeverity(Severity s) {
        return new Finding(rule, s, location, subject, message, fix, waiver);
    }

    public Finding waivedBy(Waiver w) {
        return new Finding(rule, severity, location, subject, message, fix, Optional.of(w));
    }

    /** Counts toward the verdict: not waived. */
    public boolean counts() {
        return waiver.isEmpty();
    }

    /** Orders by place in the file, then by rule, so reports are stable. */
    @Override
    public int compareTo(Finding o) {
        int c = location.compareTo(o.location);
        return c != 0 ? c : rule.compareTo(o.rule);
    }
}

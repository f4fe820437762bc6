package dev.canvas.model;

import java.util.Objects;

/**
 * A rule as reports describe it (SARIF's rule metadata, the README's table).
 *
 * @param id       stable rule id
 * @param severity the severity in force for this run
 * @param summary  what it checks, one line
 * @param help     why it exists and how to satisfy it, a few sentences ("" when it has none)
 */
public record RuleInfo(String id, Severity severity, String summary, String help) {
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(help, "help");
    }
}

package dev.canvas.rules;

import dev.canvas.model.Finding;
import dev.canvas.model.Location;
import dev.canvas.model.Severity;
import dev.canvas.model.Subject;
import java.util.List;

/** Collects one rule's findings, stamping its id and severity. */
public final class FindingSink {

    private final String rule;
    private final Severity severity;
    private final List<Finding> out;

    FindingSink(String rule, Severity severity, List<Finding> out) {
        this.rule = rule;
        this.severity = severity;
        this.out = out;
    }

    /** A finding at the rule's severity: the rule is sure of what it read. */
    public void report(Location at, Subject subject, String message, String fix) {
        out.add(new Finding(rule, severity, at, subject, message, fix));
    }

    /**
     * A finding the rule is not sure of (it could not read the figures with confidence): always a warning, whatever
     * the rule's severity, so that no verdict rests on a guess. The fix says how to write the figure so it is read.
     */
    public void warn(Location at, Subject subject, String message, String fix) {
        out.add(new Finding(rule, Severity.WARNING, at, subject, message, fix));
    }
}

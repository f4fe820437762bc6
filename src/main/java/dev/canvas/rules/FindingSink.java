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

    public void report(Location at, Subject subject, String message, String fix) {
        out.add(new Finding(rule, severity, at, subject, message, fix));
    }
}

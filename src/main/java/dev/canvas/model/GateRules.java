package dev.canvas.model;

import java.util.Set;

/**
 * The rule ids the decision gate words its reason by, named by the rule set (so that the gate knows findings, not
 * rules): blockers of {@code unreadable} say the canvas could not be read, blockers of {@code prerequisites} that a
 * prerequisite is not confirmed (STOP: back to POC validation).
 */
public record GateRules(Set<String> unreadable, Set<String> prerequisites) {

    public GateRules {
        unreadable = Set.copyOf(unreadable);
        prerequisites = Set.copyOf(prerequisites);
    }
}

package dev.canvas.model;

/** How much a finding weighs in the decision gate. Decided apart from detection, by the rule set. */
public enum Severity {
    /** Makes the verdict do-not-deploy. */
    BLOCKER,
    /** Makes the verdict fix-gaps. */
    GAP,
    /** Shown, but does not change the verdict. */
    WARNING;

    /** The lower-case name used in every output format. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

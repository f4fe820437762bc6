package dev.canvas.model;

/** What a checklist gates, which decides how much an unticked item weighs. */
public enum ChecklistKind {
    /** Must all be true before the canvas is worth checking: unticked means return to POC validation. */
    PREREQUISITES,
    /** A phase's validation gate or a readiness gate: unticked means gaps to fix before deploying. */
    GATE,
    /** The Production Readiness Checklist (90+ items by square): scored, with thresholds. */
    READINESS
}

package dev.canvas.model;

import java.util.Objects;

/**
 * The decision gate's outcome for one canvas.
 *
 * @param verdict go, fix-gaps or do-not-deploy
 * @param reason  why, in one sentence that says what to do next
 * @param label   how this kind of canvas words the verdict ("build the POC"); the verdict's id by default
 */
public record Decision(Verdict verdict, String reason, String label) {
    public Decision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(label, "label");
    }

    public Decision(Verdict verdict, String reason) {
        this(verdict, reason, verdict.id());
    }

    public Decision labelled(String l) {
        return new Decision(verdict, reason, l);
    }
}

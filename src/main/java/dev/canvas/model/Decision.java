package dev.canvas.model;

import java.util.Objects;

/**
 * The decision gate's outcome for one canvas.
 *
 * @param verdict go, fix-gaps or do-not-deploy
 * @param reason  why, in one sentence that says what to do next
 */
public record Decision(Verdict verdict, String reason) {
    public Decision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }
}

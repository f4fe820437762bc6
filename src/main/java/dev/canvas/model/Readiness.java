package dev.canvas.model;

import java.util.List;
import java.util.Objects;

/**
 * How far a canvas is: prerequisites, then per phase its answered fields and ticked gate items, and the sign-offs.
 *
 * @param prerequisites ticked prerequisites
 * @param phases        one per template phase, in order
 * @param signoffs      one per role the readiness checklist asks to sign, in its order (none without one); they are
 *                      not counted in {@link #overall()}
 */
public record Readiness(Progress prerequisites, List<PhaseReadiness> phases, List<SignoffState> signoffs) {

    public Readiness {
        Objects.requireNonNull(prerequisites, "prerequisites");
        phases = List.copyOf(phases);
        signoffs = List.copyOf(signoffs);
    }

    /** Without sign-offs to give. */
    public Readiness(Progress prerequisites, List<PhaseReadiness> phases) {
        this(prerequisites, phases, List.of());
    }

    /** One phase's progress: answered fields, ticked gate items, confirmed readiness-checklist items. */
    public record PhaseReadiness(int number, String title, Progress fields, Progress gate, Progress checklist,
                                 List<SquareReadiness> squares) {
        public PhaseReadiness {
            squares = List.copyOf(squares);
        }
    }

    /**
     * One square's complete fields and confirmed checklist items; {@code present} false when the canvas lacks
     * the square.
     */
    public record SquareReadiness(int number, String title, boolean present, Progress fields, Progress checklist) {
    }

    /** The Production Readiness Checklist's score: items confirmed over all items (0/0 without one). */
    public Progress checklist() {
        return phases.stream().map(PhaseReadiness::checklist).reduce(new Progress(0, 0), Progress::plus);
    }

    public Progress fields() {
        return phases.stream().map(PhaseReadiness::fields).reduce(new Progress(0, 0), Progress::plus);
    }

    public Progress gates() {
        return phases.stream().map(PhaseReadiness::gate).reduce(new Progress(0, 0), Progress::plus);
    }

    /** The sign-offs given (a name and a date) over those asked for (0/0 without a readiness checklist). */
    public Progress signed() {
        return new Progress((int) signoffs.stream().filter(SignoffState::signed).count(), signoffs.size());
    }

    /** Everything that counts: prerequisites, fields, gate items and readiness-checklist items. */
    public Progress overall() {
        return prerequisites.plus(fields()).plus(gates()).plus(checklist());
    }
}

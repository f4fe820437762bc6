package dev.canvas.model;

import java.util.List;
import java.util.Objects;

/**
 * How the Production Readiness Checklist is judged: which checklist it is, its thresholds, and the sign-offs.
 *
 * @param checklistId         the id of the {@link ChecklistKind#READINESS} checklist in the definition
 * @param deployThreshold     percent confirmed for deployment (the method: 100)
 * @param addressGapsThreshold percent from which the gaps are addressed before deploying; below it the agent is
 *                            not production-ready (the method: 90)
 * @param signoffs            the roles that must sign, with a name and a date
 */
public record ReadinessSpec(String checklistId, int deployThreshold, int addressGapsThreshold, List<SignoffRole> signoffs) {
    public ReadinessSpec {
        Objects.requireNonNull(checklistId, "checklistId");
        if (deployThreshold < 0 || deployThreshold > 100 || addressGapsThreshold < 0 || addressGapsThreshold > deployThreshold) {
            throw new IllegalArgumentException("thresholds: 0 <= address_gaps <= deploy <= 100");
        }
        signoffs = List.copyOf(signoffs);
    }
}

package dev.canvas.config;

import dev.canvas.model.Finding;
import dev.canvas.model.Severity;
import dev.canvas.model.Subject;
import dev.canvas.model.Waiver;
import dev.canvas.rules.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies waivers to a canvas's findings. A valid waiver (reason, approver, expiry not past, a rule that may be
 * waived) marks the findings it covers; an invalid one waives nothing and is itself a {@code waiver-invalid}
 * finding at the line where it is written.
 */
public final class Waivers {

    public static final String RULE = "waiver-invalid";

    private Waivers() {
    }

    public static List<Finding> apply(List<Finding> findings, List<Waiver> waivers, LocalDate today, Severity invalidSeverity) {
        List<Waiver> valid = new ArrayList<>();
        List<Finding> out = new ArrayList<>();
        for (Waiver w : waivers) {
            String problem = problem(w, today);
            if (problem == null) {
                valid.add(w);
            } else {
                out.add(new Finding(RULE, invalidSeverity, w.location(), Subject.NONE,
                        "waiver" + (w.rule().isEmpty() ? "" : " of " + w.rule()) + " " + problem, fix(problem)));
            }
        }
        for (Finding f : findings) {
            Finding g = f;
            for (Waiver w : valid) {
                if (w.covers(f) && f.counts()) {
                    g = f.waivedBy(w);
                    break;
                }
            }
            out.add(g);
        }
        return out;
    }

    private static String problem(Waiver w, LocalDate today) {
        if (w.rule().isEmpty()) {
            return "names no rule";
        }
        if (RuleSet.isLocked(w.rule()) || w.rule().equals(RULE)) {
            return "waives a rule that cannot be waived";
        }
        if (w.reason().isEmpty()) {
            return "has no reason";
        }
        if (w.approver().isEmpty()) {
            return "has no approver (approved_by)";
        }
        if (w.expires().isEmpty()) {
            return "has no expiry date (expires: YYYY-MM-DD)";
        }
        if (w.expires().get().isBefore(today)) {
            return "expired on " + w.expires().get();
        }
        return null;
    }

    private static String fix(String problem) {
        if (problem.startsWith("expired")) {
            return "renew it with a new expiry and approval, or fix what it waived";
        }
        return "give the waiver rule, reason, approved_by and expires (YYYY-MM-DD)";
    }
}

package dev.canvas.config;

import dev.canvas.model.Finding;
import dev.canvas.model.Severity;
import dev.canvas.model.Subject;
import dev.canvas.model.Waiver;
import dev.canvas.rules.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Applies waivers to a canvas's findings. A valid waiver (reason, approver, expiry not past, a rule that may be
 * waived) marks the findings it covers; an invalid one waives nothing and is itself a {@code waiver-invalid}
 * finding at the line where it is written.
 *
 * <p>Waivers come in batches by where they are written. The trusted configuration's may waive any rule but a
 * locked one. Untrusted ones (a canvas's own, a nested configuration's) count only where the trusted configuration
 * allows them, and never for a blocker: a refused one waives nothing and is a finding.
 */
public final class Waivers {

    public static final String RULE = "waiver-invalid";

    /**
     * Waivers written in one kind of place.
     *
     * @param waivers the waivers
     * @param trusted from the trusted configuration (may waive blockers)
     * @param refusal why none of them may count (the configuration does not allow them), or empty
     */
    public record Batch(List<Waiver> waivers, boolean trusted, Optional<String> refusal) {
        public Batch {
            waivers = List.copyOf(waivers);
        }

        public static Batch trusted(List<Waiver> waivers) {
            return new Batch(waivers, true, Optional.empty());
        }

        public static Batch untrusted(List<Waiver> waivers) {
            return new Batch(waivers, false, Optional.empty());
        }

        public static Batch refused(List<Waiver> waivers, String why) {
            return new Batch(waivers, false, Optional.of(why));
        }
    }

    private Waivers() {
    }

    /**
     * @param severityOf the severity in force of a rule id, empty for a rule not in force (unknown, or off)
     */
    public static List<Finding> apply(List<Finding> findings, List<Batch> batches, Function<String, Optional<Severity>> severityOf,
                                      LocalDate today, Severity invalidSeverity) {
        List<Valid> valid = new ArrayList<>();
        List<Finding> out = new ArrayList<>();
        for (Batch b : batches) {
            for (Waiver w : b.waivers()) {
                String problem = b.refusal().orElseGet(() -> problem(w, today, b.trusted(), severityOf));
                if (problem == null) {
                    valid.add(new Valid(w, b.trusted()));
                } else {
                    out.add(new Finding(RULE, invalidSeverity, w.location(), Subject.NONE,
                            "waiver" + (w.rule().isEmpty() ? "" : " of " + w.rule()) + " " + problem, fix(problem)));
                }
            }
        }
        for (Finding f : findings) {
            Finding g = f;
            for (Valid v : valid) {
                // an untrusted waiver never covers a blocker, whatever made the finding one
                if (v.waiver().covers(f) && f.counts() && (v.trusted() || f.severity() != Severity.BLOCKER)) {
                    g = f.waivedBy(v.waiver());
                    break;
                }
            }
            out.add(g);
        }
        return out;
    }

    /** A waiver that counts, and whether it is the trusted configuration's (which may waive blockers). */
    private record Valid(Waiver waiver, boolean trusted) {
    }

    private static String problem(Waiver w, LocalDate today, boolean trusted, Function<String, Optional<Severity>> severityOf) {
        if (w.rule().isEmpty()) {
            return "names no rule";
        }
        if (RuleSet.isLocked(w.rule()) || w.rule().equals(RULE)) {
            return "waives a rule that cannot be waived";
        }
        if (!trusted) {
            Optional<Severity> sev = severityOf.apply(w.rule());
            if (sev.isEmpty() && !RuleSet.isBuiltIn(w.rule())) {
                return "names a rule there is not ('canvas rules' lists them)";
            }
            if (sev.isPresent() && sev.get() == Severity.BLOCKER) {
                return "waives a blocker, which only the repository's configuration can do";
            }
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
        if (problem.contains("configuration")) {
            return "fix what it waives, or ask the owners of the repository's .canvas.yaml for a waiver there";
        }
        if (problem.startsWith("names a rule")) {
            return "use a rule id from 'canvas rules'";
        }
        return "give the waiver rule, reason, approved_by and expires (YYYY-MM-DD)";
    }
}

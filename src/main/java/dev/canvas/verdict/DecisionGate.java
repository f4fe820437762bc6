package dev.canvas.verdict;

import dev.canvas.model.Decision;
import dev.canvas.model.Finding;
import dev.canvas.model.GateRules;
import dev.canvas.model.Severity;
import dev.canvas.model.Verdict;
import java.util.List;

/**
 * The method's decision gate. Severity alone decides: any blocker is do-not-deploy (an unchecked
 * prerequisite, an incomplete or missing square, an unreadable canvas), any gap is fix-gaps (an unticked
 * gate item), otherwise go. Warnings never change the verdict.
 */
public final class DecisionGate {

    private DecisionGate() {
    }

    /**
     * The decision for a canvas of a kind: a POC's prerequisites stop the build, a production canvas's the scaling.
     * {@code rules} says which findings tell an unreadable canvas and an unconfirmed prerequisite (rules.RuleSet
     * names them).
     */
    public static Decision decide(List<Finding> all, String kind, GateRules rules) {
        List<Finding> findings = all.stream().filter(Finding::counts).toList();
        long blockers = findings.stream().filter(f -> f.severity() == Severity.BLOCKER).count();
        long gaps = findings.stream().filter(f -> f.severity() == Severity.GAP).count();
        if (blockers > 0) {
            if (findings.stream().anyMatch(f -> rules.unreadable().contains(f.rule()))) {
                return new Decision(Verdict.DO_NOT_DEPLOY, "the canvas could not be read; fix the error shown, then check again");
            }
            long prereq = findings.stream()
                    .filter(f -> f.severity() == Severity.BLOCKER && rules.prerequisites().contains(f.rule())).count();
            if (prereq > 0) {
                if (kind.equals("poc")) {
                    return new Decision(Verdict.DO_NOT_DEPLOY, "STOP: " + plural(prereq, "prerequisite")
                            + " not confirmed; do not build the POC until " + (prereq == 1 ? "it is" : "they are") + " true");
                }
                return new Decision(Verdict.DO_NOT_DEPLOY, "STOP: return to POC validation ("
                        + plural(prereq, "prerequisite") + " not confirmed); do not scale an unvalidated agent");
            }
            return new Decision(Verdict.DO_NOT_DEPLOY, "the canvas is incomplete (" + plural(blockers, "blocker")
                    + "); complete every square before " + (kind.equals("poc") ? "building the POC" : "deploying"));
        }
        if (gaps > 0) {
            return new Decision(Verdict.FIX_GAPS, plural(gaps, "gap") + " to address before "
                    + (kind.equals("poc") ? "building the POC" : "deploying"));
        }
        boolean waived = all.stream().anyMatch(f -> !f.counts());
        return new Decision(Verdict.GO, "every square is complete and every box is ticked"
                + (waived ? " or waived" : "") + ": "
                + (kind.equals("poc") ? "build the POC, test it with real users" : "deploy to production"));
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

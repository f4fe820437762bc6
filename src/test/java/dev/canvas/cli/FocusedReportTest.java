package dev.canvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text report by default shows the next step; --all, --quiet, --severity and the warning thresholds. */
class FocusedReportTest {

    /** A go canvas with ten warnings (boxes that are not in the template). */
    private static final String WARNED = "src/test/resources/hostile/md-checkboxes-nested-ten-deep/canvas.md";

    private static Path fresh(Path dir) {
        Path canvas = dir.resolve("canvas.md");
        assertThat(CliRun.of("init", "-o", canvas.toString()).exitCode()).isZero();
        return canvas;
    }

    @Test
    void aFreshCanvasFitsOneScreenAndEndsWithTheNextStep(@TempDir Path dir) {
        String c = fresh(dir).toString();
        CliRun r = CliRun.of("check", c);
        assertThat(r.exitCode()).isEqualTo(ExitCodes.DO_NOT_DEPLOY);
        assertThat(r.out().lines().count()).as(r.out()).isLessThanOrEqualTo(50);
        // the seven prerequisites are one finding that names the others and where they are
        assertThat(r.out()).contains("prerequisite 'POC Canvas completed (8 squares)' is not confirmed",
                "and 6 more like it: 'POC built and tested with real users'", "(lines 14 to 19)");
        // later phases count their gaps, and fold their blockers across the phase: a blocker is never hidden
        assertThat(r.out()).containsPattern("Phase 5: Hardening and Operations: fields 0/13, gate 0/10, checklist 0/40 "
                + "\\(\\d+ gaps: --all lists them\\)\n    .*:252:1: blocker \\[field-non-answer\\] security_framework: ")
                .contains("and 12 more like it: access_management, regulatory_compliance, audit_strategy, +9 (lines 256 to 308)");
        String last = r.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(last).startsWith("  next: " + c + ":13:1: STOP: return to POC validation");
    }

    @Test
    void allListsEveryFindingAndJsonKeepsEveryItem(@TempDir Path dir) {
        String c = fresh(dir).toString();
        CliRun all = CliRun.of("check", "--all", c);
        CliRun json = CliRun.of("check", "--format", "json", c);
        long findings = json.out().lines().filter(l -> l.contains("\"rule\":")).count();
        assertThat(findings).isGreaterThan(150);
        assertThat(all.out().lines().filter(l -> l.matches(".*: (blocker|gap|warning) \\[.*")).count()).isEqualTo(findings);
        assertThat(all.out()).doesNotContain("more like it", "--all lists them");
        assertThat(CliRun.of("check", "--all", "--quiet", c).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void quietShowsOnlyBlockersAndTheVerdict(@TempDir Path dir) {
        String c = fresh(dir).toString();
        CliRun r = CliRun.of("check", "-q", c);
        assertThat(r.exitCode()).isEqualTo(ExitCodes.DO_NOT_DEPLOY);
        assertThat(r.out()).contains("blocker [prerequisite-unchecked]", c + ": verdict: DO-NOT-DEPLOY")
                .doesNotContain(" gap [", "Phase 1", "next:");
        assertThat(r.out().lines().count()).isLessThanOrEqualTo(10);
    }

    @Test
    void severityHidesWhatIsLessSevereButNotFromTheVerdict() {
        CliRun all = CliRun.of("check", WARNED);
        assertThat(all.out()).contains("warning [unknown-content]", "verdict: GO");
        CliRun gaps = CliRun.of("check", "--severity", "gap", WARNED);
        assertThat(gaps.out()).doesNotContain("warning [unknown-content]").contains("verdict: GO", "10 warnings");
        assertThat(CliRun.of("check", "--severity", "loud", WARNED).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void warningsFailOnlyWhenAskedTo() {
        assertThat(CliRun.of("check", WARNED).exitCode()).isEqualTo(ExitCodes.GO);
        assertThat(CliRun.of("check", "--fail-on", "warning", WARNED).exitCode()).isEqualTo(ExitCodes.FIX_GAPS);
        assertThat(CliRun.of("check", "--fail-on", "warning", "examples/go.md").exitCode()).isEqualTo(ExitCodes.GO);
        assertThat(CliRun.of("check", "--max-warnings", "9", WARNED).exitCode()).isEqualTo(ExitCodes.FIX_GAPS);
        assertThat(CliRun.of("check", "--max-warnings", "10", WARNED).exitCode()).isEqualTo(ExitCodes.GO);
        assertThat(CliRun.of("check", "--max-warnings", "-1", WARNED).exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}

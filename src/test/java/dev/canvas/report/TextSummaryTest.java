package dev.canvas.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import org.junit.jupiter.api.Test;

/** The text report's summary: POC canvases in their own words, and the sign-offs in each canvas's header. */
class TextSummaryTest {

    @Test
    void aRunOfPocCanvasesIsSummedUpInPocWords() {
        CliRun r = CliRun.of("check", "examples/poc");
        assertThat(r.out()).contains(
                "canvas                            verdict        ready  blockers  gaps  warnings\n"
                        + "examples/poc/poc-canvas.md        build the POC   100%         0     0         0\n"
                        + "examples/poc/poc-canvas.yaml      build the POC   100%         0     0         0\n"
                        + "examples/poc/poc-do-not-build.md  do not build     79%         6     6         0\n"
                        + "examples/poc/poc-fix-gaps.md      fix gaps         96%         0     2         0\n",
                "verdict: DO NOT BUILD (worst of 4 canvases: 2 build the POC, 1 fix gaps, 1 do not build)\n");
        assertThat(r.out()).doesNotContainIgnoringCase("deploy");
        // --quiet keeps the summary line
        assertThat(CliRun.of("check", "--quiet", "examples/poc/poc-canvas.md", "examples/poc/poc-fix-gaps.md").out())
                .endsWith("verdict: FIX GAPS (worst of 2 canvases: 1 build the POC, 1 fix gaps)\n");
    }

    @Test
    void aMixedRunNamesASharedVerdictByItsId() {
        // fix-gaps is both a production canvas's and a POC canvas's verdict here: named by its id
        assertThat(CliRun.of("check", "--quiet", "examples/go.md", "examples/poc/poc-fix-gaps.md", "examples/fix-gaps.md").out())
                .endsWith("verdict: FIX-GAPS (worst of 3 canvases: 1 go, 2 fix-gaps, 0 do-not-deploy)\n");
        // the worst is a POC canvas's alone: in its words
        assertThat(CliRun.of("check", "--quiet", "examples/go.md", "examples/poc/poc-do-not-build.md").out())
                .endsWith("verdict: DO NOT BUILD (worst of 2 canvases: 1 go, 0 fix-gaps, 1 do not build)\n");
        // production canvases alone: unchanged
        assertThat(CliRun.of("check", "--quiet", "examples/go.md", "examples/fix-gaps.md").out())
                .endsWith("verdict: FIX-GAPS (worst of 2 canvases: 1 go, 1 fix-gaps, 0 do-not-deploy)\n");
    }

    @Test
    void theHeaderCountsTheSignOffs() {
        assertThat(CliRun.of("check", "examples/do-not-deploy.md").out()).startsWith(
                "examples/do-not-deploy.md  (Markdown, 80% ready: 151/188 items; readiness checklist 79%: 79/99; sign-offs 3/5)\n");
        // a POC canvas asks for none
        assertThat(CliRun.of("check", "examples/poc/poc-canvas.md").out())
                .startsWith("examples/poc/poc-canvas.md  (Markdown, 100% ready: 58/58 items)\n");
    }
}

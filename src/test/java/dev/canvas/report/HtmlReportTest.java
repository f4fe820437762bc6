package dev.canvas.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import dev.canvas.cli.ExitCodes;
import dev.canvas.model.CheckReport;
import dev.canvas.model.Decision;
import dev.canvas.model.FileResult;
import dev.canvas.model.Progress;
import dev.canvas.model.Readiness;
import dev.canvas.model.SourceFormat;
import dev.canvas.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private static int count(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void tilesStatesAndCountsForTheExamples(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.html");
        CliRun r = CliRun.of("check", "--format", "html", "-o", out.toString(), "examples/fix-gaps.md", "examples/do-not-deploy.md");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.DO_NOT_DEPLOY);
        String html = Files.readString(out);
        assertThat(count(html, "class=\"tile square ")).isEqualTo(22);
        assertThat(count(html, "class=\"tile gate ")).isEqualTo(10);
        // fix-gaps: all squares complete, gates 4 and 5 have gaps
        assertThat(html).contains("<section class=\"tile gate gaps\" data-gate=\"4\" data-state=\"gaps\">");
        // do-not-deploy: Square 6 missing, 7 and 9 incomplete
        assertThat(count(html, "class=\"tile square incomplete\"")).isEqualTo(3);
        assertThat(html).contains("missing from the canvas", "<a href=\"#canvas-1\">examples/fix-gaps.md</a>",
                "<a href=\"#canvas-2\">examples/do-not-deploy.md</a>", "aria-valuenow=\"");
        // colour is never the only signal: each tile says its state in words
        assertThat(count(html, "<span class=\"state\">")).isEqualTo(22 + 10 + 2);
        // self-contained: nothing is fetched, nothing runs
        assertThat(html).doesNotContain("<script", "<link", "@import", "url(", "src=\"http")
                .contains("Content-Security-Policy\" content=\"default-src 'none'");
        assertThat(html).contains("@page { size: landscape");
    }

    @Test
    void canvasTextIsEscaped(@TempDir Path dir) throws Exception {
        Path canvas = HostileCanvasFixture.create(dir);
        CliRun r = CliRun.of("check", "--format", "html", canvas.toString());
        assertThat(r.out()).doesNotContain(HostileCanvasFixture.SCRIPT, "<img", "href=\"javascript")
                .contains("document.documentElement.setAttribute(&apos;data-pwned&apos;", "&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void escapesEveryHtmlSpecialCharacter() {
        assertThat(HtmlReport.esc("<a href=\"x\" title='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;&lt;/a&gt;");
    }

    /** The page's text as a person reads it: no style sheet, no tags. */
    private static String visibleText(String html) {
        return html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("(?s)<title>.*?</title>", "")
                .replaceAll("<[^>]*>", "");
    }

    private static String html(String... args) {
        CliRun r = CliRun.of(args);
        assertThat(r.err()).isEmpty();
        return r.out();
    }

    @Test
    void aGaugePerCanvasAndBarsSplitByFieldsGateAndChecklist() {
        String html = html("check", "--format", "html", "examples/fix-gaps.md", "examples/go.md");
        // the gauge is inline SVG: an arc of 96 parts in 100 in the verdict's colour, the figure in words
        assertThat(html).contains("<figure class=\"gauge g-fix-gaps\"><svg viewBox=\"0 0 36 36\" width=\"104\" height=\"104\""
                        + " role=\"img\" aria-label=\"96% ready\">", "stroke-dasharray=\"96 4\"",
                "<figcaption>ready: 182/188 items</figcaption>", "<figure class=\"gauge g-go\">", "stroke-dasharray=\"100 0\"");
        assertThat(count(html, "<figure class=\"gauge ")).isEqualTo(2);
        // Phase 4 of fix-gaps: fields 8/8, gate 6/8, checklist 13/15, each part as wide as its items
        assertThat(html).contains("aria-valuenow=\"87\" aria-label=\"Phase 4 progress\">"
                + "<span class=\"seg k-fields\" style=\"flex-grow:8\" title=\"fields 8/8\"><span class=\"fill\" style=\"width:100%\"></span></span>"
                + "<span class=\"seg k-gate\" style=\"flex-grow:8\" title=\"gate 6/8\"><span class=\"fill\" style=\"width:75%\"></span></span>"
                + "<span class=\"seg k-checklist\" style=\"flex-grow:15\" title=\"checklist 13/15\"><span class=\"fill\" style=\"width:86%\"></span></span>");
        // the bars of the whole canvas, one per kind: the legend of the split bars
        assertThat(html).contains("</span>Gate items</span>", "<span class=\"part-value\">32/35</span>",
                "</span>Readiness checklist</span>", "<span class=\"part-value\">96/99</span>");
    }

    @Test
    void theSignOffTableSaysWhoSignedWhenAndWhatIsMissing() {
        // do-not-deploy's sign-offs are in its checklist file: the security officer gave no date, the sponsor nothing
        String html = html("check", "--format", "html", "examples/do-not-deploy.md");
        assertThat(html).contains("<caption id=\"canvas-1-signoffs\">Sign-offs 3/5</caption>",
                "<tr class=\"signed\"><th scope=\"row\">Engineering lead <span class=\"covers\">architecture and implementation"
                        + "</span></th><td>Tomasz Wójcik</td><td><time datetime=\"2026-11-16\">2026-11-16</time></td>"
                        + "<td><span aria-hidden=\"true\">✓</span> nothing</td></tr>",
                "<tr class=\"unsigned\"><th scope=\"row\">Security officer <span class=\"covers\">security and compliance"
                        + "</span></th><td>Priya Natarajan</td><td></td><td><span aria-hidden=\"true\">✗</span> date</td></tr>",
                "<tr class=\"unsigned\"><th scope=\"row\">Executive sponsor <span class=\"covers\">strategic alignment and "
                        + "investment</span></th><td></td><td></td><td><span aria-hidden=\"true\">✗</span> name and date</td></tr>");
        // the overview counts them; a POC canvas has none to give
        String two = html("check", "--format", "html", "examples/do-not-deploy.md", "examples/poc/poc-canvas.md");
        assertThat(two).contains("<th scope=\"col\">Sign-offs</th>", "%</td><td>3/5</td>", "%</td><td>–</td>");
        assertThat(count(two, "<table class=\"signoffs\"")).isEqualTo(1);
    }

    @Test
    void thePageSaysWhenByWhichVersionAndAtWhichCommit() {
        // from the command line: --today's date, and the version the generator names
        String html = html("check", "--format", "html", "--today", "2026-03-04", "examples/go.md");
        String version = html.replaceAll("(?s).*<meta name=\"generator\" content=\"canvas ([^\"]+)\">.*", "$1");
        assertThat(html).containsPattern("<p class=\"meta\">Checked on <time datetime=\"2026-03-04\">2026-03-04</time> · canvas "
                + Pattern.quote(version) + "( · commit <code>[0-9a-f]{7}</code>)?</p>");
        // the commit is the context's: given, it is shown; without one (outside a work tree), nothing is said
        CheckReport report = new CheckReport("t", List.of(), List.of());
        ReportContext ctx = new ReportContext(false, "1.2.3", Path.of("."), 0, TextReport.View.DEFAULT,
                Optional.of(LocalDate.of(2026, 1, 2)), Optional.of("0123abc"));
        assertThat(HtmlReport.render(report, ctx)).contains("<p class=\"meta\">Checked on <time datetime=\"2026-01-02\">"
                + "2026-01-02</time> · canvas 1.2.3 · commit <code>0123abc</code></p>");
        assertThat(HtmlReport.render(report, new ReportContext(false, "1.2.3", Path.of("."))))
                .contains("<p class=\"meta\">canvas 1.2.3</p>").doesNotContain("commit", "Checked on");
    }

    @Test
    void aSquareIsNotCompleteWhileItsChecklistIsUnticked(@TempDir Path dir) throws Exception {
        // go.md without its readiness checklist: every field answered, no finding about any square (one
        // checklist-missing finding is about the file), yet no square is complete
        List<String> lines = Files.readAllLines(Path.of("examples/go.md"));
        int checklist = lines.indexOf("## Production Readiness Checklist");
        Path canvas = dir.resolve("canvas.md");
        Files.write(canvas, lines.subList(0, checklist));
        String html = html("check", "--format", "html", canvas.toString());
        assertThat(html).contains("checklist-missing", "<p class=\"score\">5/5 answered, checklist 0/6</p>")
                .doesNotContain("tile square complete");
        assertThat(count(html, "class=\"tile square gaps\"")).isEqualTo(11);
        // the gates, all ticked, are complete
        assertThat(count(html, "class=\"tile gate complete\"")).isEqualTo(5);
    }

    @Test
    void aTileStateFollowsItsCountsAsWellAsItsFindings() {
        assertThat(HtmlReport.State.of(true, List.of(), new Progress(4, 4), new Progress(6, 6))).isEqualTo(HtmlReport.State.COMPLETE);
        assertThat(HtmlReport.State.of(true, List.of(), new Progress(4, 4), new Progress(0, 6))).isEqualTo(HtmlReport.State.GAPS);
        assertThat(HtmlReport.State.of(false, List.of(), new Progress(0, 4))).isEqualTo(HtmlReport.State.INCOMPLETE);
    }

    @Test
    void tilesGiveLinesNotPathsAndFoldFindingsOfOneKind() {
        String html = html("check", "--format", "html", "examples/fix-gaps.md");
        String grid = html.substring(html.indexOf("<div class=\"grid\""));
        // the canvas is named once, above the grid; its findings give their lines
        assertThat(grid).doesNotContain("examples/fix-gaps.md");
        assertThat(grid).contains("<span class=\"where\">line 464 · checklist-unchecked</span>");
        // Square 8's two unticked checklist items: one entry, each item with its line, one fix
        assertThat(grid).contains("<span class=\"sev\">gap</span> 2 × <span class=\"rule\">checklist-unchecked</span>\n"
                + "<ul class=\"items\">\n<li>checklist item &apos;Failover between providers tested and operational&apos; is not "
                + "confirmed <span class=\"where\">line 445</span></li>\n<li>checklist item &apos;Rollback procedures for models and "
                + "prompts tested&apos; is not confirmed <span class=\"where\">line 451</span></li>\n</ul>\n"
                + "<span class=\"fix\">Fix each: make it true, then tick it</span>");
        // a place in another file (do-not-deploy's checklist file) is given whole
        String other = html("check", "--format", "html", "examples/do-not-deploy.md");
        assertThat(other.substring(other.indexOf("<div class=\"grid\""))).contains("examples/do-not-deploy-checklist.md:")
                .doesNotContain("examples/do-not-deploy.md:");
    }

    @Test
    void aPocCanvasIsWordedAsAPoc() {
        String html = html("check", "--format", "html", "examples/poc");
        assertThat(html).contains("<title>canvas: do not build (4 canvases)</title>",
                "Overview: <span class=\"badge v-do-not-deploy\"><span aria-hidden=\"true\">✗</span> do not build</span>",
                "<span aria-hidden=\"true\">✓</span> build the POC</span>", "<strong>FIX GAPS</strong>");
        assertThat(visibleText(html)).doesNotContainIgnoringCase("deploy");
        // a production canvas keeps the method's words
        assertThat(visibleText(html("check", "--format", "html", "examples/do-not-deploy.md"))).contains("DO-NOT-DEPLOY");
    }

    @Test
    void aReportWithoutSignOffsOrChecklistDrawsNeither() {
        Readiness r = new Readiness(new Progress(0, 0), List.of());
        FileResult f = new FileResult("x.md", SourceFormat.MARKDOWN, new Decision(Verdict.GO, "fine"), List.of(), r);
        String html = HtmlReport.render(new CheckReport("t", List.of(f), List.of()), new ReportContext(false, "1", Path.of(".")));
        assertThat(html).doesNotContain("<table class=\"signoffs\"", "Readiness checklist</span>", "Prerequisites</span>")
                .contains("aria-label=\"100% ready\"", "</span>Fields answered</span>");
    }
}

package dev.canvas.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import dev.canvas.cli.ExitCodes;
import java.nio.file.Path;
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
        String html = java.nio.file.Files.readString(out);
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
}

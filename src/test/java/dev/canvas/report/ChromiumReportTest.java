package dev.canvas.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.canvas.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: headless Chromium (Debian's package; .ci/run installs it) loads it from a
 * file:// URL. The DOM after load has the tiles and states, the script injected through a canvas did not run,
 * and a screenshot is written to target/html-report.png for a person to look at. Without Chromium the test is
 * skipped with a message, except on CI, where it must run.
 */
@Timeout(120)
class ChromiumReportTest {

    static Path chromium;
    @TempDir
    static Path dir;
    static Path report;

    @BeforeAll
    static void build() throws Exception {
        chromium = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser").stream().map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        if (chromium == null) {
            assertThat(System.getenv("CI")).as("CI installs chromium (.ci/run); it must be there").isNotEqualTo("true");
            assumeTrue(false, "headless Chromium is not installed (apt-get install chromium); browser test skipped");
        }
        Path hostile = HostileCanvasFixture.create(dir);
        report = dir.resolve("report.html");
        CliRun r = CliRun.of("check", "--format", "html", "-o", report.toString(), "examples/fix-gaps.md",
                "examples/do-not-deploy.md", hostile.toString());
        assertThat(report).exists();
        assertThat(r.err()).isEmpty();
    }

    private static String run(String... extra) throws IOException, InterruptedException {
        return run(report, false, extra);
    }

    /** Chromium on a page: its standard output, or with {@code log} its log (where the console's messages go). */
    private static String run(Path page, boolean log, String... extra) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        cmd.addAll(List.of(extra));
        cmd.add(page.toUri().toString());
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (log) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return out;
    }

    @Test
    void theGaugeBarsAndStylesBreakNoRuleOfTheContentSecurityPolicy() throws Exception {
        // the log does show a violation: a page with the report's policy and an image and a script in it
        Path bad = dir.resolve("violates.html");
        Files.writeString(bad, "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                + "'none'; style-src 'unsafe-inline'\"></head><body><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"
                + "<script>document.title='ran'</script></body></html>");
        assertThat(run(bad, true, "--enable-logging=stderr", "--v=0", "--dump-dom", "--virtual-time-budget=2000"))
                .contains("Content Security Policy");
        String log = run(report, true, "--enable-logging=stderr", "--v=0", "--dump-dom", "--virtual-time-budget=2000");
        // the gauges (inline SVG) and the split bars (inline styles) are in the page, and nothing was refused
        assertThat(count(log, "<figure class=\"gauge ")).isEqualTo(3);
        assertThat(log).contains("class=\"seg k-checklist\" style=\"flex-grow:15\"")
                .doesNotContain("Content Security Policy");
    }

    @Test
    void theBrowserShowsTheGridAndRunsNoInjectedScript() throws Exception {
        String dom = run("--dump-dom", "--virtual-time-budget=2000");
        assertThat(dom).as("DOM after load").contains("<h1>Canvas readiness report</h1>");
        assertThat(count(dom, "class=\"tile square ")).isEqualTo(33);
        // do-not-deploy: squares 6, 7 and 9; the hostile canvas: square 7 (its TODO answer)
        assertThat(count(dom, "class=\"tile square incomplete\"")).isEqualTo(4);
        assertThat(count(dom, "class=\"tile gate gaps\"")).isGreaterThanOrEqualTo(5);
        // the canvas's <script> and onerror handler are text, so they never ran
        assertThat(dom).doesNotContain("data-pwned=\"1\"").contains("setAttribute('data-pwned'")
                .doesNotContain("<img src=\"x\"");
    }

    @Test
    void aScreenshotIsWritten() throws Exception {
        Path shot = Path.of("target/html-report.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        run("--screenshot=" + shot, "--window-size=1600,1400", "--hide-scrollbars");
        assertThat(shot).exists();
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    private static int count(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}

package dev.canvas.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.cli.Main;
import dev.canvas.model.FileResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findings are listed at most {@link FileResult#CAP} per rule and file, then one "and N more": a 7.9 MB canvas of
 * 200,000 broken evidence links made a 401 MB SARIF and needed 4 GB. Checked in a JVM of 512 MB, as a CI runner's
 * container might give it, with the size of every report measured.
 */
class FindingCapTest {

    private static final int LINKS = 200_000;

    @Test
    void aCanvasOfTwoHundredThousandFindingsMakesSmallReportsIn512Mb(@TempDir Path dir) throws Exception {
        String base = Files.readString(Path.of("examples/fix-gaps.md"), StandardCharsets.UTF_8);
        String anchor = "**How does caching reduce cost?**\n\n";
        int at = base.indexOf(anchor) + anchor.length();
        StringBuilder body = new StringBuilder(LINKS * 40);
        for (int i = 0; i < LINKS; i++) {
            body.append("see [evidence](docs/missing-").append(i).append(".md). ");
        }
        Path canvas = dir.resolve("big.md");
        Files.writeString(canvas, base.substring(0, at) + body + "\n" + base.substring(at), StandardCharsets.UTF_8);
        assertThat(Files.size(canvas)).isGreaterThan(7_500_000);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check", canvas.toString(), "--format", "sarif=" + dir.resolve("r.sarif"),
                "--format", "json=" + dir.resolve("r.json"), "--format", "junit=" + dir.resolve("r.xml"),
                "--format", "html=" + dir.resolve("r.html"), "--format", "markdown=" + dir.resolve("r.md"), "--format", "github")
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("err"))).isEqualTo(2);
        for (String r : new String[] {"r.sarif", "r.json", "r.xml", "r.html", "r.md", "out"}) {
            assertThat(Files.size(dir.resolve(r))).as(r).isLessThan(500_000);
        }
        JSONObject file = new JSONObject(Files.readString(dir.resolve("r.json"))).getJSONArray("files").getJSONObject(0);
        // the counts stay true; the findings list the first CAP, then one "and N more"
        assertThat(file.getJSONObject("counts").getLong("gap")).isGreaterThanOrEqualTo(LINKS);
        assertThat(file.getJSONArray("omitted").getJSONObject(0).getLong("count")).isEqualTo(LINKS - FileResult.CAP);
        long listed = file.getJSONArray("findings").toList().stream().filter(f -> f.toString().contains("evidence-exists")).count();
        assertThat(listed).isEqualTo(FileResult.CAP + 1);
        assertThat(Files.readString(dir.resolve("r.md"))).contains("and " + (LINKS - FileResult.CAP) + " more findings of rule evidence");
    }
}

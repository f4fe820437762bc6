package dev.canvas.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import dev.canvas.cli.ExitCodes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.json.JSONObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * A run that fails (a path not found, nothing to check: exit 66) says so in every machine format, with its errors
 * and exit code; none reads as a pass, even when the canvases it did check are go.
 */
class FailedRunReportTest {

    @TempDir
    static Path tmp;

    /** The runs that exit 66: a missing path beside a go canvas; a directory without a canvas; a missing path alone. */
    static Stream<Arguments> runs() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("notes.md"), "# just notes\n");
        List<List<String>> runs = List.of(List.of("examples/go.md", "no/such/canvas.md"), List.of(empty.toString()),
                List.of("no/such/canvas.md"));
        return Stream.of("json", "sarif", "junit", "github", "markdown", "html")
                .flatMap(f -> runs.stream().map(r -> Arguments.of(f, r)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("runs")
    void aFailedRunNeverReadsAsAPass(String format, List<String> paths) throws Exception {
        String[] args = Stream.concat(Stream.of("check", "--format", format), paths.stream()).toArray(String[]::new);
        CliRun r = CliRun.of(args);
        assertThat(r.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        String out = r.out();
        boolean checkedOne = paths.contains("examples/go.md");
        String status = checkedOne ? "error" : "no-canvas";
        String error = paths.contains("no/such/canvas.md") ? "no/such/canvas.md" : "no canvas found";
        switch (format) {
            case "json" -> {
                JSONObject json = new JSONObject(out);
                assertThat(json.getString("verdict")).isEqualTo(status);
                assertThat(json.getInt("exitCode")).isEqualTo(66);
                assertThat(json.getJSONArray("errors").toList()).anyMatch(e -> e.toString().contains(error));
            }
            case "sarif" -> {
                JSONObject run = new JSONObject(out).getJSONArray("runs").getJSONObject(0);
                assertThat(run.getJSONObject("properties").getString("verdict")).isEqualTo(status);
                JSONObject inv = run.getJSONArray("invocations").getJSONObject(0);
                assertThat(inv.getBoolean("executionSuccessful")).isFalse();
                assertThat(inv.getInt("exitCode")).isEqualTo(66);
                assertThat(inv.getJSONArray("toolExecutionNotifications").toString()).contains(error);
            }
            case "junit" -> {
                Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
                assertThat(Integer.parseInt(root.getAttribute("errors"))).isPositive();
                assertThat(root.getAttribute("name")).endsWith(": " + status);
                assertThat(root.getElementsByTagName("error").item(0).getTextContent()).contains(error);
            }
            case "github" -> {
                List<String> lines = out.lines().toList();
                assertThat(lines).anyMatch(l -> l.startsWith("::error title=canvas%3A error::") && l.contains(error));
                assertThat(lines.get(0)).startsWith("::error title=canvas verdict%3A " + status + "::").endsWith("exit 66");
                assertThat(out).doesNotContain("verdict%3A go");
            }
            case "markdown" -> {
                assertThat(out).startsWith("## canvas: ❌ " + status + " (exit 66)\n").contains(error);
                assertThat(out.lines().findFirst().orElseThrow()).doesNotContain("go");
            }
            case "html" -> {
                assertThat(out).contains("<title>canvas: " + status + " (", "role=\"alert\"", "exit 66", error)
                        .doesNotContain("<title>canvas: go");
            }
            default -> throw new AssertionError(format);
        }
    }
}

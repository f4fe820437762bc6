package dev.canvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.canvas.CliRun;
import dev.canvas.check.CanvasChecker;
import dev.canvas.model.SourceFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code canvas check -}: a canvas on standard input, named or not, checked as a file of that name would be. */
class StdinTest {

    private static final String MINI = "src/test/resources/templates/mini-tmpl.yaml";

    private static byte[] bytes(String file) throws IOException {
        return Files.readAllBytes(Path.of(file));
    }

    private static JsonNode json(CliRun r) throws IOException {
        return new ObjectMapper().readTree(r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/fix-gaps.md", "examples/fix-gaps.yaml", "examples/go.yaml", "examples/poc/poc-fix-gaps.md"})
    void withoutANameTheFormatIsSniffedAndThePathIsStdin(String file) throws IOException {
        CliRun asFile = CliRun.of("check", "--format", "json", file);
        CliRun piped = CliRun.withInput(bytes(file), "check", "--format", "json", "-");
        assertThat(piped.exitCode()).as(piped.err()).isEqualTo(asFile.exitCode());
        JsonNode f = json(piped).get("files").get(0);
        assertThat(f.get("path").asText()).isEqualTo("<stdin>");
        assertThat(f.get("format").asText()).isEqualTo(file.endsWith(".md") ? "md" : "yaml");
        JsonNode expected = json(asFile).get("files").get(0);
        assertThat(f.get("verdict")).isEqualTo(expected.get("verdict"));
        assertThat(f.get("counts")).isEqualTo(expected.get("counts"));
        f.get("findings").forEach(x -> assertThat(x.get("file").asText()).isEqualTo("<stdin>"));
        assertThat(piped.err()).isEmpty();
    }

    @Test
    void theNameIsWhereTheCanvasIsTakenToBe() throws IOException {
        // do-not-deploy.md names its checklist file, relative to the canvas: found beside the name given
        String file = "examples/do-not-deploy.md";
        CliRun asFile = CliRun.of("check", "--format", "json", file);
        CliRun piped = CliRun.withInput(bytes(file), "check", "--format", "json", "--stdin-filename", file, "-");
        assertThat(piped.out()).isEqualTo(asFile.out());
        assertThat(piped.exitCode()).isEqualTo(asFile.exitCode()).isEqualTo(2);
        // without a name it is taken to be in the working directory, where that checklist is not
        CliRun unnamed = CliRun.withInput(bytes(file), "check", "--format", "json", "-");
        assertThat(unnamed.out()).contains("cannot read the checklist file do-not-deploy-checklist.md");
    }

    @Test
    void theNameGivesTheFormat() throws IOException {
        // YAML named .md is read as Markdown (and is then no canvas at all): the name decides, as a file's does
        CliRun asMarkdown = CliRun.withInput(bytes("examples/go.yaml"), "check", "-f", "json", "--stdin-filename", "go.md", "-");
        assertThat(json(asMarkdown).get("files").get(0).get("format").asText()).isEqualTo("md");
        assertThat(asMarkdown.exitCode()).isEqualTo(2);
        CliRun asYaml = CliRun.withInput(bytes("examples/go.yaml"), "check", "-f", "json", "--stdin-filename", "docs/go.yml", "-");
        assertThat(json(asYaml).get("files").get(0).get("format").asText()).isEqualTo("yaml");
        assertThat(json(asYaml).get("files").get(0).get("path").asText()).isEqualTo("docs/go.yml");
        assertThat(asYaml.exitCode()).isZero();
    }

    @Test
    void sniffingReadsEveryExampleAsItsExtensionSays() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String n = p.toString();
                if (n.contains("/ci/") || !(n.endsWith(".md") || n.endsWith(".yaml"))) {
                    continue;
                }
                String text = Files.readString(p, StandardCharsets.UTF_8);
                assertThat(CanvasChecker.formatOf("<stdin>", text)).as(n)
                        .isEqualTo(n.endsWith(".md") ? SourceFormat.MARKDOWN : SourceFormat.YAML);
            }
        }
        // a YAML canvas that opens with comments, as 'canvas init' writes one, is not taken for Markdown headings
        assertThat(CanvasChecker.formatOf("x", "# Production Canvas\n# answer it\ncanvas: production\n")).isEqualTo(SourceFormat.YAML);
        assertThat(CanvasChecker.formatOf("x", "---\ncanvas: production\n---\n\n# Title\n")).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(CanvasChecker.formatOf("x", "---\ncanvas: production\nsquares: {}\n")).isEqualTo(SourceFormat.YAML);
        assertThat(CanvasChecker.formatOf("x", "## Square 1: Business\n")).isEqualTo(SourceFormat.MARKDOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "junit", "github", "markdown", "html"})
    void everyReportShowsTheNameGiven(String format) throws IOException {
        String name = "docs/team-a/production-canvas.md";
        CliRun r = CliRun.withInput(bytes("examples/fix-gaps.md"), "check", "--format", format, "--stdin-filename", name, "-");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains(name).doesNotContain("<stdin>", "&lt;stdin&gt;", "%3Cstdin%3E");
        CliRun unnamed = CliRun.withInput(bytes("examples/fix-gaps.md"), "check", "--format", format, "-");
        assertThat(unnamed.exitCode()).isEqualTo(1);
        assertThat(unnamed.out()).containsAnyOf("<stdin>", "&lt;stdin&gt;", "%3Cstdin%3E", "\\u003cstdin\\u003e");
    }

    @Test
    void theSizeLimitAndTheTextChecksOfAFileApply() {
        byte[] big = "canvas: production\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        CliRun tooBig = CliRun.withInput(big, "check", "--max-file-size", "1000", "-");
        assertThat(tooBig.exitCode()).isEqualTo(2);
        assertThat(tooBig.out()).contains("<stdin>: blocker [syntax-error] input is over the limit of 1000 bytes",
                "raise the limit with --max-file-size");
        CliRun binary = CliRun.withInput(new byte[] {'a', '\n', 0, 1, 2}, "check", "--stdin-filename", "c.md", "-");
        assertThat(binary.exitCode()).isEqualTo(2);
        assertThat(binary.out()).contains("c.md:2: blocker [syntax-error] file holds binary data (a NUL byte), not text");
        CliRun latin1 = CliRun.withInput(new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'}, "check", "-");
        assertThat(latin1.exitCode()).isEqualTo(2);
        assertThat(latin1.out()).contains("<stdin>:1: blocker [syntax-error] file is not valid UTF-8");
        CliRun empty = CliRun.withInput(new byte[0], "check", "-");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.out()).contains("[empty-canvas]");
        assertThat(empty.err()).isEmpty();
    }

    @Test
    void dashTakesItsPlaceAmongOtherPaths() throws IOException {
        CliRun r = CliRun.withInput(bytes("examples/go.md"), "check", "-f", "json", "examples/fix-gaps.md", "-",
                "examples/do-not-deploy.md");
        assertThat(r.exitCode()).isEqualTo(2);
        List<String> paths = new ArrayList<>();
        json(r).get("files").forEach(f -> paths.add(f.get("path").asText() + "=" + f.get("verdict").asText()));
        assertThat(paths).containsExactly("examples/fix-gaps.md=fix-gaps", "<stdin>=go", "examples/do-not-deploy.md=do-not-deploy");
        CliRun first = CliRun.withInput(bytes("examples/go.md"), "check", "-f", "json", "-", "examples/fix-gaps.md");
        assertThat(json(first).get("files").get(0).get("path").asText()).isEqualTo("<stdin>");
    }

    @Test
    void usageMistakesExit64() {
        CliRun nameWithoutDash = CliRun.of("check", "--stdin-filename", "c.md", "examples/go.md");
        assertThat(nameWithoutDash.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(nameWithoutDash.err()).isEqualTo("canvas: error: --stdin-filename names the canvas on standard input, "
                + "but no path is '-'; add '-' to the paths, or drop --stdin-filename\n");
        CliRun twice = CliRun.withInput(new byte[0], "check", "-", "-");
        assertThat(twice.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(twice.err()).startsWith("canvas: error: '-' (standard input) is given 2 times").doesNotContain("\n\tat ");
        assertThat(CliRun.withInput(new byte[0], "check", "--stdin-filename", " ", "-").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void canvasesOnlySkipsStandardInputThatIsNoCanvas() {
        CliRun r = CliRun.withInput("# Notes\n\nNothing here.\n".getBytes(StandardCharsets.UTF_8), "check", "--canvases-only",
                "-v", "-");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("canvas: skipped <stdin>: not a canvas");
    }

    /** A mini canvas whose only finding is one unticked gate item (a gap). */
    private static byte[] miniWithGap() throws IOException {
        String c = Files.readString(Path.of("src/test/resources/golden/waiver-in-canvas-refused/canvas.md"));
        return c.substring(c.indexOf("\n---\n") + 5).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theConfigurationIsTheOneOfAFileAtTheName(@TempDir Path tmp) throws IOException {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve("team"));
        Files.writeString(repo.resolve(".canvas.yaml"), "rules:\n  gate-unchecked: warning\n");
        String atRoot = repo.resolve("canvas.md").toString();
        String inTeam = repo.resolve("team/canvas.md").toString();
        CliRun root = CliRun.withInput(miniWithGap(), "check", "-t", MINI, "--stdin-filename", atRoot, "-");
        assertThat(root.exitCode()).as("the root lowers the gap to a warning: " + root.out() + root.err()).isZero();
        assertThat(root.out()).contains(atRoot + ":").contains("warning [gate-unchecked]");

        // the team's nested file makes it stricter, for a canvas named as if it were in the team's folder
        Files.writeString(repo.resolve("team/.canvas.yaml"), "rules:\n  gate-unchecked: blocker\n");
        CliRun team = CliRun.withInput(miniWithGap(), "check", "-t", MINI, "--stdin-filename", inTeam, "-");
        assertThat(team.exitCode()).as(team.out() + team.err()).isEqualTo(2);
        assertThat(team.out()).contains("blocker [gate-unchecked]");

        // and the trust rules hold: a nested file cannot relax a rule, whatever the canvas on standard input is called
        Files.writeString(repo.resolve("team/.canvas.yaml"), "rules:\n  prerequisite-unchecked: off\n");
        CliRun relaxed = CliRun.withInput(miniWithGap(), "check", "-t", MINI, "--stdin-filename", inTeam, "-");
        assertThat(relaxed.exitCode()).isEqualTo(ExitCodes.CONFIG);
        assertThat(relaxed.err()).contains("team/.canvas.yaml:").contains("nested");

        // --config replaces them all, as for a file
        Path cfg = tmp.resolve("strict.yaml");
        Files.writeString(cfg, "rules:\n  gate-unchecked: blocker\n");
        CliRun explicit = CliRun.withInput(miniWithGap(), "check", "-t", MINI, "--config", cfg.toString(),
                "--stdin-filename", atRoot, "-");
        assertThat(explicit.exitCode()).isEqualTo(2);
    }
}

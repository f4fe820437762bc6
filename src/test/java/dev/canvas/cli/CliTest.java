package dev.canvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {

    @Test
    void versionComesFromThePom() {
        CliRun r = CliRun.of("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).matches("canvas \\d+\\.\\d+\\.\\d+\\S* \\(commit ([0-9a-f]{7,}(, modified)?|unknown)\\)\\n");
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        CliRun r = CliRun.of("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("check", "init", "schema", "Exit codes:", "66 path not found");
        CliRun h = CliRun.of("help", "check");
        assertThat(h.exitCode()).isZero();
        assertThat(h.out()).contains("Usage: canvas check", "--template", "--format");
    }

    @Test
    void onlyTheInvokedSubcommandIsBuiltAndEverythingElseStillWorks() {
        assertThat(Main.invokedName("check", "x.md")).isEqualTo("check");
        assertThat(Main.invokedName("--stacktrace", "template", "lint", "t.yaml")).isEqualTo("template");
        assertThat(Main.invokedName()).isNull();
        assertThat(Main.invokedName("--help")).isNull();
        assertThat(Main.invokedName("help", "check")).isNull();
        assertThat(Main.invokedName("chek", "x.md")).isNull();
        assertThat(Main.invokedName("--", "check")).isNull();
        // a misspelt command is told the closest one, which needs them all
        CliRun typo = CliRun.of("chek", "x.md");
        assertThat(typo.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(typo.err()).isEqualTo("canvas: error: 'chek' is not a canvas command; did you mean 'check'? "
                + "('canvas --help' lists them)\n");
        // 'canvas' alone is a usage error that shows what it can do
        CliRun bare = CliRun.of();
        assertThat(bare.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bare.err()).contains("check", "init", "promote", "schema", "rules", "explain", "config", "template", "help");
        assertThat(bare.out()).isEmpty();
        CliRun inherited = CliRun.of("check", "--stacktrace", "--help");
        assertThat(inherited.exitCode()).isZero();
        assertThat(inherited.out()).contains("--stacktrace");
    }

    @Test
    void usageErrorsExit64WithoutStackTrace() {
        CliRun r = CliRun.of("check", "--no-such-option", "x.md");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Unknown option").doesNotContain("\tat ");
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("check", "--color", "sometimes", "x.md").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"md", "yaml"})
    void initThenCheckIsDoNotDeployAndNamesAllElevenSquares(String format, @TempDir Path dir) throws Exception {
        Path canvas = dir.resolve("canvas." + format);
        CliRun init = CliRun.of("init", "--format", format, "-o", canvas.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("11 squares, 47 questions, 42 boxes, a 99-item readiness checklist and 5 sign-offs");

        CliRun check = CliRun.of("check", "--all", canvas.toString());
        assertThat(check.exitCode()).isEqualTo(ExitCodes.DO_NOT_DEPLOY);
        for (int n = 1; n <= 11; n++) {
            assertThat(check.out()).contains("Square " + n + ": ");
        }
        assertThat(check.out()).contains("0% ready", "verdict: DO-NOT-DEPLOY", "STOP: return to POC validation");
        // nothing is reported about the shape of the file itself: init writes what check reads
        assertThat(check.out()).doesNotContain("schema-violation", "unknown-content", "syntax-error", "field-missing", "square-missing");
    }

    @Test
    void initAPocCanvas(@TempDir Path dir) {
        Path canvas = dir.resolve("poc.md");
        CliRun init = CliRun.of("init", "--kind", "poc", "-o", canvas.toString());
        assertThat(init.out()).contains("8 squares, 34 questions, 24 boxes");
        CliRun check = CliRun.of("check", "--all", canvas.toString());
        assertThat(check.exitCode()).isEqualTo(ExitCodes.DO_NOT_DEPLOY);
        assertThat(check.out()).contains("verdict: DO NOT BUILD", "Square 8: API Integration & Validation");
        assertThat(CliRun.of("init", "--kind", "pilot", "-o", "-").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void everyCommandHasItsVersionAndNestedHelp() {
        String version = CliRun.of("--version").out();
        assertThat(version).startsWith("canvas ");
        for (String[] cmd : new String[][] {{"check", "--version"}, {"init", "-V"}, {"template", "lint", "--version"}}) {
            CliRun r = CliRun.of(cmd);
            assertThat(r.exitCode()).as(String.join(" ", cmd)).isZero();
            assertThat(r.out()).as(String.join(" ", cmd)).isEqualTo(version);
        }
        CliRun help = CliRun.of("help", "template", "lint");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: canvas template lint");
    }

    @Test
    void explainSuggestsTheRuleMeant() {
        CliRun r = CliRun.of("explain", "roi-positve");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("no rule 'roi-positve' (did you mean 'roi-positive'?); 'canvas rules' lists them");
    }

    @Test
    void initAndPromoteCreateTheDirectoriesTheyWriteTo(@TempDir Path dir) {
        Path canvas = dir.resolve("sub/dir/agent.md");
        assertThat(CliRun.of("init", "-o", canvas.toString()).exitCode()).isZero();
        assertThat(canvas).exists();
        Path promoted = dir.resolve("a/b/production.md");
        CliRun p = CliRun.of("promote", "examples/poc/poc-canvas.md", "-o", promoted.toString());
        assertThat(p.exitCode()).as(p.err()).isZero();
        assertThat(promoted).exists();
    }

    @Test
    void initYamlWritesTheSchemaItsFirstLineNames(@TempDir Path dir) throws Exception {
        Path canvas = dir.resolve("agent.yaml");
        assertThat(CliRun.of("init", "-o", canvas.toString()).exitCode()).isZero();
        String first = Files.readAllLines(canvas).get(0);
        assertThat(first).isEqualTo("# yaml-language-server: $schema=production-canvas.schema.json");
        assertThat(dir.resolve("production-canvas.schema.json")).content().isEqualTo(CliRun.of("schema").out());
    }

    @Test
    void initNeverOverwritesWithoutForce(@TempDir Path dir) throws Exception {
        Path canvas = dir.resolve("canvas.md");
        Files.writeString(canvas, "my precious answers");
        CliRun r = CliRun.of("init", "-o", canvas.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.CANT_CREATE);
        assertThat(r.err()).contains("already exists", "--force");
        assertThat(canvas).content().isEqualTo("my precious answers");

        Files.setPosixFilePermissions(canvas, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        CliRun forced = CliRun.of("init", "-o", canvas.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(canvas).content().startsWith("---\ncanvas: production");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(canvas))).isEqualTo("rw-r-----");
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left behind").hasSize(1);
        }
    }

    @Test
    void initToStandardOutput() {
        CliRun r = CliRun.of("init", "-o", "-", "--format", "yaml");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("# yaml-language-server:").contains("canvas: production");
    }

    @Test
    void initWhereNoDirectoryCanBeMadeIsAClearError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("file"), "a file, not a directory");
        CliRun r = CliRun.of("init", "-o", dir.resolve("file/sub/c.md").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.CANT_CREATE);
        assertThat(r.err()).contains("cannot write").doesNotContain("\tat ");
    }

    @Test
    void colourOnlyWhenAskedOrOnATerminalWithoutNoColor(@TempDir Path dir) throws Exception {
        Path canvas = dir.resolve("c.md");
        CliRun.of("init", "-o", canvas.toString());
        assertThat(CliRun.of("check", canvas.toString()).out()).doesNotContain("\u001b[");
        assertThat(CliRun.of("check", "--color", "always", canvas.toString()).out()).contains("\u001b[");
        Main.Env terminal = new Main.Env(null, null, Map.of(), true);
        assertThat(terminal.color("auto")).isTrue();
        assertThat(new Main.Env(null, null, Map.of("NO_COLOR", "1"), true).color("auto")).isFalse();
        assertThat(new Main.Env(null, null, Map.of(), false).color("auto")).isFalse();
    }

    @Test
    void unreadableAndBinaryCanvasesAreDoNotDeployWithAOneLineReason(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("picture.md");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        Path latin1 = dir.resolve("latin1.md");
        Files.write(latin1, "# Canvas\n\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun r = CliRun.of("check", png.toString(), latin1.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.DO_NOT_DEPLOY);
        assertThat(r.out()).contains("picture.md:1: blocker [syntax-error] file holds binary data",
                "latin1.md:3: blocker [syntax-error] file is not valid UTF-8");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aDirectoryWithoutCanvasesIsAnError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("README.md"), "# Hello\n");
        CliRun r = CliRun.of("check", dir.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(r.err()).contains(dir + ": no canvas found");
    }

    @Test
    void schemaCommandPrintsDraft07() {
        CliRun r = CliRun.of("schema");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\"$schema\": \"http://json-schema.org/draft-07/schema#\"", "\"success_metrics\"",
                "\"phase-5\"");
    }
}

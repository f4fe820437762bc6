package dev.canvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --canvases-only}: what the pre-commit hook passes, since pre-commit names every staged file whose name
 * matches, the tool's own configuration and a workflow called {@code canvas.yml} among them.
 */
class CanvasesOnlyTest {

    private static final String WORKFLOW = """
            name: canvas
            on: [push, pull_request]
            jobs:
              canvas:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
            """;

    private static Path repo(Path dir) throws Exception {
        Files.writeString(dir.resolve(".canvas.yaml"), "extends: builtin\nrules:\n  vanity-metrics: warning\n");
        Files.createDirectories(dir.resolve(".github/workflows"));
        Files.writeString(dir.resolve(".github/workflows/canvas.yml"), WORKFLOW);
        Files.copy(Path.of("examples/fix-gaps.md"), dir.resolve("production-canvas.md"));
        return dir;
    }

    @Test
    void namedFilesThatAreNotCanvasesAreSkippedAndTheCanvasIsChecked(@TempDir Path tmp) throws Exception {
        Path dir = repo(tmp);
        String config = dir.resolve(".canvas.yaml").toString();
        String workflow = dir.resolve(".github/workflows/canvas.yml").toString();
        String canvas = dir.resolve("production-canvas.md").toString();

        CliRun plain = CliRun.of("check", config, workflow);
        assertThat(plain.exitCode()).as("without the option a named file is always checked").isNotZero();

        CliRun only = CliRun.of("check", "--canvases-only", config, workflow, canvas);
        assertThat(only.exitCode()).as(only.err()).isEqualTo(ExitCodes.FIX_GAPS);
        assertThat(only.out()).contains("production-canvas.md").doesNotContain(".canvas.yaml", "workflows");
        assertThat(only.err()).isEmpty();

        CliRun verbose = CliRun.of("check", "--canvases-only", "-v", config, canvas);
        assertThat(verbose.err()).contains("skipped " + config + ": not a canvas");
    }

    @Test
    void onlyNonCanvasesIsAPassWithNothingToSay(@TempDir Path tmp) throws Exception {
        Path dir = repo(tmp);
        CliRun r = CliRun.of("check", "--canvases-only", dir.resolve(".canvas.yaml").toString(),
                dir.resolve(".github/workflows/canvas.yml").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aMissingFileIsStillAnError(@TempDir Path tmp) {
        CliRun r = CliRun.of("check", "--canvases-only", tmp.resolve("gone-canvas.md").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(r.err()).contains("no such file or directory");
    }
}

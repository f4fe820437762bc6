package dev.canvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import dev.canvas.config.StarterConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code canvas init --config}: a commented starter .canvas.yaml, never over a file without --force. */
class InitConfigTest {

    @Test
    void writesTheStarterThatChangesNothing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("conf/.canvas.yaml");
        CliRun r = CliRun.of("init", "--config", "-o", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("wrote " + file + ": a starter configuration");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(StarterConfig.text());
        // as written, the verdicts are the built-in rules'
        for (String canvas : new String[] {"examples/go.md", "examples/fix-gaps.md"}) {
            assertThat(CliRun.of("check", "-q", "--config", file.toString(), canvas).out()).isEqualTo(CliRun.of("check", "-q", canvas).out());
        }
    }

    @Test
    void neverReplacesAFileWithoutForce(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(".canvas.yaml");
        Files.writeString(file, "rules:\n  gate-unchecked: warning\n", StandardCharsets.UTF_8);
        CliRun refused = CliRun.of("init", "--config", "-o", file.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.CANT_CREATE);
        assertThat(refused.err()).isEqualTo("canvas: error: " + file + ": already exists; pass --force to replace it, or -o another file\n");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("rules:\n  gate-unchecked: warning\n");
        CliRun forced = CliRun.of("init", "--config", "--force", "-o", file.toString());
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(StarterConfig.text());
    }

    @Test
    void printsToStandardOutputAndRefusesCanvasOptions() {
        CliRun out = CliRun.of("init", "--config", "-o", "-");
        assertThat(out.exitCode()).isZero();
        assertThat(out.out()).isEqualTo(StarterConfig.text());
        for (String[] extra : new String[][] {{"--kind", "poc"}, {"--format", "yaml"}, {"--template", "templates/poc-canvas-tmpl.yaml"}}) {
            CliRun r = CliRun.of("init", "--config", extra[0], extra[1], "-o", "-");
            assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).isEqualTo("canvas: error: init --config writes a configuration, not a canvas: " + extra[0]
                    + " does not apply; drop it\n");
            assertThat(r.out()).isEmpty();
        }
    }
}

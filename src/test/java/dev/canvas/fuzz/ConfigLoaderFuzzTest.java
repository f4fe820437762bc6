package dev.canvas.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.canvas.check.CanvasChecker;
import dev.canvas.config.CanvasConfig;
import dev.canvas.config.ConfigException;
import dev.canvas.config.ConfigLoader;
import dev.canvas.model.SourceFormat;
import java.nio.charset.StandardCharsets;

/**
 * Any text given as {@code .canvas.yaml} either loads, and then checks a canvas with the rules it configures,
 * or is refused with a {@link ConfigException} (exit 78 with a message at its line): never another exception,
 * never a hang.
 */
class ConfigLoaderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void parse(byte[] input) {
        FuzzSubjects.timed(() -> {
            CanvasConfig config;
            try {
                config = ConfigLoader.parse(new String(input, StandardCharsets.UTF_8), "fuzz.canvas.yaml");
            } catch (ConfigException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
                return;
            }
            CanvasChecker checker = FuzzSubjects.checker(FuzzSubjects.PRODUCTION, config);
            FuzzSubjects.assertResult(checker.check(checker.parse("fuzz.md", FuzzSubjects.GOOD_CANVAS, SourceFormat.MARKDOWN)),
                    "fuzz.md", "fuzz.canvas.yaml");
        });
    }
}

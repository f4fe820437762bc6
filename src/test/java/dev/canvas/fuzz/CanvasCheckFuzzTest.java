package dev.canvas.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.canvas.check.CanvasChecker;
import dev.canvas.model.SourceFormat;
import dev.canvas.parse.ParsedCanvas;
import java.nio.charset.StandardCharsets;

/**
 * The whole check of any canvas (schema, every rule, readiness, the decision gate) gives a result with
 * one-line findings: never an exception, never a hang. The format is told from the content, as for a file
 * without an extension, so that both parsers feed the rules.
 */
class CanvasCheckFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void check(byte[] input) {
        FuzzSubjects.timed(() -> {
            String text = new String(input, StandardCharsets.UTF_8);
            SourceFormat format = CanvasChecker.formatOf("fuzz", text);
            String file = format == SourceFormat.YAML ? "fuzz.yaml" : "fuzz.md";
            ParsedCanvas parsed = FuzzSubjects.CHECKER.parse(file, text, format);
            FuzzSubjects.assertResult(FuzzSubjects.CHECKER.check(parsed), file);
        });
    }
}

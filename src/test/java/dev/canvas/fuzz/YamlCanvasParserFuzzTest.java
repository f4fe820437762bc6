package dev.canvas.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.canvas.parse.YamlCanvasParser;
import dev.canvas.text.SourceText;
import java.nio.charset.StandardCharsets;

/**
 * Any bytes given to the YAML canvas parser give a parsed canvas with one-line findings: never another
 * exception, never a hang. Without {@code JAZZER_FUZZ} this replays the inputs in
 * {@code src/test/resources/dev/canvas/fuzz/YamlCanvasParserFuzzTestInputs/parse/}; with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=YamlCanvasParserFuzzTest} it fuzzes (see the package documentation).
 */
class YamlCanvasParserFuzzTest {

    private static final YamlCanvasParser PARSER = new YamlCanvasParser(FuzzSubjects.PRODUCTION);

    @FuzzTest(maxDuration = "10m")
    void parse(byte[] input) {
        FuzzSubjects.timed(() -> {
            // the bytes as the tool reads a file (refusing binary and other encodings)...
            SourceText read = SourceText.decode(input);
            if (read.problem().isEmpty()) {
                FuzzSubjects.assertParsed(PARSER.parse("fuzz.yaml", read.text()), "fuzz.yaml");
            }
            // ...and as text whatever they hold, so that the parser sees NUL and broken characters too
            FuzzSubjects.assertParsed(PARSER.parse("fuzz.yaml", new String(input, StandardCharsets.UTF_8)), "fuzz.yaml");
        });
    }
}

package dev.canvas.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.canvas.parse.MarkdownCanvasParser;
import dev.canvas.text.SourceText;
import java.nio.charset.StandardCharsets;

/**
 * Any bytes given to the Markdown canvas parser give a parsed canvas with one-line findings: never another
 * exception, never a stack overflow, never a hang.
 */
class MarkdownCanvasParserFuzzTest {

    private static final MarkdownCanvasParser PARSER = new MarkdownCanvasParser(FuzzSubjects.PRODUCTION);

    @FuzzTest(maxDuration = "10m")
    void parse(byte[] input) {
        FuzzSubjects.timed(() -> {
            SourceText read = SourceText.decode(input);
            if (read.problem().isEmpty()) {
                FuzzSubjects.assertParsed(PARSER.parse("fuzz.md", read.text()), "fuzz.md");
            }
            FuzzSubjects.assertParsed(PARSER.parse("fuzz.md", new String(input, StandardCharsets.UTF_8)), "fuzz.md");
        });
    }
}

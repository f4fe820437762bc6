package dev.canvas.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hand-written matchers of {@link CanvasMarkdown} match what the patterns they stand for match. */
class CanvasMarkdownMdTest {

    @Test
    void punctuationIsWhatThePatternMatches() {
        for (int c = 0; c < 0x3000; c++) {
            String s = String.valueOf((char) c);
            assertThat(CanvasMarkdown.punctuation(s)).as("U+%04X", c).isEqualTo(CanvasMarkdown.PUNCTUATION.matcher(s).matches());
            assertThat(CanvasMarkdown.punctuation(":" + s + "?")).isEqualTo(CanvasMarkdown.PUNCTUATION.matcher(":" + s + "?").matches());
        }
        assertThat(CanvasMarkdown.punctuation("")).isTrue();
        assertThat(CanvasMarkdown.PUNCTUATION.matcher("").matches()).isTrue();
    }
}

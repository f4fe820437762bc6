package dev.canvas.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.RandomText;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static Optional<Integer> byPattern(Pattern p, String text) {
        Matcher m = p.matcher(text.strip());
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    @Test
    void phaseAndSquareHeadingsAreWhatThePatternsMatch() {
        String[] pieces = {"phase", "PHASE", "Phase", "pHaSe", "square", "SQUARE", "Square", "\u017fquare", "\u212a", "\u0130",
            " ", "  ", "\t", "\u2003", "\u00a0", "\n", "1", "12", "123", "1234", ":", ".", "-", "\u2013", "\u2014", "x", "Title",
            "\ud83d\ude80", "P", "S", "p", "s"};
        Random random = new Random(13);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder sb = new StringBuilder();
            RandomText.append(sb, random, pieces, 9);
            String t = sb.toString();
            assertThat(CanvasMarkdown.phase(t).map(CanvasMarkdown.NumberedHeading::number)).as(t).isEqualTo(byPattern(CanvasMarkdown.PHASE, t));
            assertThat(CanvasMarkdown.square(t).map(CanvasMarkdown.NumberedHeading::number)).as(t).isEqualTo(byPattern(CanvasMarkdown.SQUARE, t));
        }
    }
}

package dev.canvas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.text.MatchText;
import dev.canvas.text.Mojibake;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cheap checks that spare a costly step (a normalisation, a matcher) give the same answers as that step:
 * {@link MatchText#key} of ASCII and Latin-1 text, {@link NonAnswerRule#why}, {@link NotApplicableRule#mayBeNa}.
 */
class ShortcutsTest {

    private static final String[] PIECES = {"TBD", "tbd", "To", "be", "determined", "N/A", "n/a", "na", "NA", "none", "x",
            "xxx", "X", "XX", "___", "-?-", "TODO", "todo", "WIP", "fixme", "TBA", "tbc", "later", "Lorem", "ipsum", "fill", "in", "me", "your",
            "answer", "here", "what's", "it’s", "don't", "Not", "applicable", "out", "of", "scope", "other", "business",
            "priority", "architecture", "constraint", "{{x}}", "{{ id }}", "{{", "}}", "{x}", " ", "  ", "\t", "\n", "_",
            ".", "...", "…", "-", "—", "–", "?", "*", ":", "(", "[", "!", "'", "’", "é", "É", "ß", "ＴＢＤ", "ﬁ", "½", "Å",
            "âœ…", "Ã©", "ðŸš¨", "Wójcik", "LÉA", "×", "÷", "ÿ", "Þ", "ª", "µ", "²", "Ã", "Â", "K", "ı", "İ", "0", "42", "x9", "_x", "😀", "\u00A0", "\u2028", "Ünïcödé", "日本"};

    private static String random(Random r, int max) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(max);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
            if (r.nextInt(3) == 0) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    /** {@link MatchText#key} as it was: normalise, lower-case, then the words. */
    private static String originalKey(String text) {
        String s = Normalizer.normalize(Mojibake.repair(text), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(cp);
            } else if (cp != '\'' && cp != '\u2019') {
                space = true;
            }
        }
        return out.toString();
    }

    @Test
    void keyOfAsciiAndOtherText() {
        for (int c = 0; c < 0x10000; c++) { // every character alone and between words
            String s = String.valueOf((char) c);
            assertThat(MatchText.key(s)).as("U+%04X", c).isEqualTo(originalKey(s));
            assertThat(MatchText.key("a" + s + "b")).as("a U+%04X b", c).isEqualTo(originalKey("a" + s + "b"));
        }
        Random r = new Random(3);
        for (int round = 0; round < 20_000; round++) {
            String s = random(r, 10);
            assertThat(MatchText.key(s)).as(s).isEqualTo(originalKey(s));
        }
        assertThat(MatchText.key("  What's the ROI?! ")).isEqualTo("whats the roi"); // an apostrophe joins
        assertThat(MatchText.key("--")).isEmpty();
    }

    @Test
    void notApplicableOnlyWhereItCanBe() {
        Random r = new Random(9);
        for (int round = 0; round < 50_000; round++) {
            String s = random(r, 6);
            if (!NotApplicableRule.mayBeNa(s)) {
                assertThat(NotApplicableRule.NA.matcher(s.strip()).matches()).as(s).isFalse();
            }
        }
        assertThat(NotApplicableRule.mayBeNa("  (n/a: out of scope)")).isTrue();
        assertThat(NotApplicableRule.mayBeNa("é N/A")).isTrue();
        assertThat(NotApplicableRule.mayBeNa("_n/a")).isFalse();
        assertThat(NotApplicableRule.mayBeNa("... ")).isFalse();
    }
}

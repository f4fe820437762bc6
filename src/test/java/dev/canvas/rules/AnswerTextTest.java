package dev.canvas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.RandomText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link AnswerText#items} reads lines and list markers by hand: the same items as the regexes it replaces. */
class AnswerTextTest {

    private static final String[] PIECES = {"- ", "* ", "+ ", "1. ", "2) ", "12.", "3)", "-", "*x", "1.5 ", "a", "Launch: 40",
            "six months", " ", "  ", "\t", "\n", "\r", "\r\n", "\n\r", "\u000B", "\f", "\u0085", "\u2028", "\u2029", "\u00A0",
            "\u3000", "\u2003", ".", ";", "!", "?", ". ", "x", "é", "😀", "_", "0", "9", ")", "(", "#", "-\u00A0x"};

    @Test
    void itemsAreTheRegexItems() {
        Random r = new Random(1);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder b = new StringBuilder();
            RandomText.append(b, r, PIECES, 14);
            String text = b.toString();
            assertThat(AnswerText.items(text)).as("\"%s\"", text.replace("\n", "\\n").replace("\r", "\\r"))
                    .isEqualTo(OriginalRules.Text.items(text));
        }
    }

    @Test
    void sentencesAreTheSplitSentences() {
        java.util.regex.Pattern end = java.util.regex.Pattern.compile("(?<=[.;!?])\\s+|\\R+");
        Random r = new Random(2);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder b = new StringBuilder();
            RandomText.append(b, r, PIECES, 14);
            String text = b.toString();
            List<String> expected = new java.util.ArrayList<>();
            for (String s : end.split(text)) {
                if (!s.isBlank()) {
                    expected.add(s.strip());
                }
            }
            assertThat(AnswerText.sentences(text)).as("\"%s\"", text.replace("\n", "\\n").replace("\r", "\\r")).isEqualTo(expected);
        }
    }

    @Test
    void listItemsAndSentences() {
        assertThat(AnswerText.items("Intro:\n- Launch: 40 users\n  2) 6 months: 70\n\t* 1 year: 110\n-not one\n12.5 no"))
                .containsExactly("Launch: 40 users", "6 months: 70", "1 year: 110");
        assertThat(AnswerText.items("a\r\n- b\u2028+ c\u000B1) d\f3. e\u0085- f\u2029- g"))
                .containsExactly("b", "c", "d", "e", "f", "g");
        assertThat(AnswerText.items("One. Two; three!  Four?\nFive")).containsExactly("One.", "Two;", "three!", "Four?", "Five");
        assertThat(AnswerText.items("-   \n*\t\n")).containsExactly("-", "*"); // no list item: its sentences
        assertThat(AnswerText.items("")).isEqualTo(List.of());
    }
}

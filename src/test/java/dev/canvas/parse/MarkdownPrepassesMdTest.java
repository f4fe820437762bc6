package dev.canvas.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.RandomText;
import dev.canvas.text.Mojibake;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The passes over a Markdown canvas before and beside commonmark give what they gave before they were made
 * faster: mojibake found wherever it sits in a long text, line starts, and the hand-written matchers of the
 * sign-off lines against the patterns and parser they stand for.
 */
class MarkdownPrepassesMdTest {

    @Test
    void mojibakeIsRepairedWhereverItSitsInALongText() {
        String bad = "\u00e2\u0153\u2026"; // ✅ read as Windows-1252
        for (int len : new int[] {0, 1, 200, 255, 256, 257, 2046, 2047, 2048, 2049, 4095, 4096, 4097, 10_000}) {
            String pad = "x".repeat(len);
            assertThat(Mojibake.repair(pad + bad)).isEqualTo(pad + "\u2705");
            assertThat(Mojibake.repair(pad + bad + pad)).isEqualTo(pad + "\u2705" + pad);
            assertThat(Mojibake.repair(bad + pad)).isEqualTo("\u2705" + pad);
            String clean = pad + "caf\u00e9 \u00d7 \u20ac" + pad; // no lead followed by non-ASCII
            assertThat(Mojibake.repair(clean)).isSameAs(clean);
            // a lead at the end of a chunk, what follows at the start of the next
            String split = pad + "\u00c3\u00a9" + pad; // é read as Windows-1252
            assertThat(Mojibake.repair(split)).isEqualTo(pad + "\u00e9" + pad);
        }
    }

    @Test
    void aTextIsPlainWhenNothingWouldChangeIt() {
        String[] pieces = {"a", "b c", "\n", "\r", "\r\n", "[", "[[", "]", "\u00c2", "\u00c3\u00a9", "\u00e2\u0153\u2026", "\u20ac",
            "\u00e9", "\u00d7 ", "\u00f4", "\u00c2a", "\ud83d\ude80", "[LLM: x]]"};
        Random random = new Random(19);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            if (random.nextBoolean()) {
                sb.append("x".repeat(2048 * (1 + random.nextInt(2)) - 1 - random.nextInt(3))); // near a chunk's end
            }
            RandomText.append(sb, random, pieces, 6);
            String t = sb.toString();
            boolean plain = t.indexOf('\r') < 0 && !t.contains("[[") && Mojibake.repair(t) == t;
            TextScan scan = TextScan.of(t);
            assertThat(scan.plain()).as(t).isEqualTo(plain);
            if (plain) {
                int[] starts = TextScan.lineStarts(t);
                assertThat(scan.lineStarts(0, 0, 0)).isEqualTo(starts);
            }
        }
    }

    @Test
    void lineStartsAreWhereLinesStart() {
        Random random = new Random(5);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(i % 100 == 0 ? 5000 : 100);
            for (int k = 0; k < len; k++) {
                sb.append(random.nextInt(4) == 0 ? '\n' : 'a');
            }
            String t = sb.toString();
            int[] starts = TextScan.lineStarts(t);
            assertThat(starts.length).isEqualTo(t.split("\n", -1).length);
            assertThat(starts[0]).isZero();
            for (int l = 1; l < starts.length; l++) {
                assertThat(t.charAt(starts[l] - 1)).isEqualTo('\n');
                assertThat(t.substring(starts[l - 1], starts[l] - 1)).doesNotContain("\n");
            }
        }
    }

    @Test
    void aDateIsReadAsLocalDateParseReadsIt() {
        for (int y : new int[] {0, 1, 999, 1900, 2000, 2024, 2025, 2026, 2100, 9999}) {
            for (int m = 0; m < 100; m++) {
                for (int d = 0; d < 100; d++) {
                    String s = String.format("%04d-%02d-%02d", y, m, d);
                    Optional<LocalDate> expected;
                    try {
                        expected = Optional.of(LocalDate.parse(s));
                    } catch (DateTimeParseException e) {
                        expected = Optional.empty();
                    }
                    assertThat(SignoffList.isoDate("x " + s, 2)).as(s).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void signOffHeadingsAndBlankNamesAreWhatThePatternsMatch() {
        Pattern signoffs = Pattern.compile("(?i)\\bsign[- ]?offs?\\b");
        String[] pieces = {"s", "S", "i", "I", "g", "G", "n", "N", "sign", "SIGN", "Sign", "-", " ", "off", "offs", "\u017f",
            "\u0130", "\u0131", "a", "_", "x"};
        Random random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder sb = new StringBuilder();
            RandomText.append(sb, random, pieces, 8);
            String t = sb.toString();
            if (!SignoffList.mentionsSign(t)) {
                assertThat(signoffs.matcher(t).find()).as(t).isFalse();
            }
            assertThat(SignoffList.underscores(t)).as(t).isEqualTo(t.matches("_*"));
        }
    }
}

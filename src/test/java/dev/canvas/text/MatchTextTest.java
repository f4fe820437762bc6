package dev.canvas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MatchTextTest {

    @Test
    void keyIgnoresCasePunctuationEmojiAndMojibake() {
        assertThat(MatchText.key("**CRITICAL:** Unified platform selected (app + vector)"))
                .isEqualTo("critical unified platform selected app vector");
        assertThat(MatchText.key("POC Canvas completed (8 squares) âœ…")).isEqualTo(MatchText.key("poc canvas COMPLETED 8 squares"));
        assertThat(MatchText.key("What's the business value / ROI?")).isEqualTo("whats the business value roi");
        assertThat(MatchText.key("✅ ⚠")).isEmpty();
    }

    @Test
    void keysOfLatinTextAreTheirNormalisedKeys() {
        assertThat(MatchText.key("Tomasz Wójcik")).isEqualTo("tomasz wójcik");
        assertThat(MatchText.key("LÉA MARCHAND")).isEqualTo("léa marchand");
        assertThat(MatchText.key("Straße × 2 ÷ ½ ª")).isEqualTo(MatchText.normalizedKey("Straße × 2 ÷ ½ ª"));
        // every character to U+02FF, alone and between letters, and random strings of them, with mojibake among them
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x300; c++) {
            for (String s : new String[] {String.valueOf(c), "a" + c + "B", "É" + c + c + "ç", c + " x'" + c}) {
                assertThat(MatchText.key(s)).as("U+%04X in %s", (int) c, s).isEqualTo(MatchText.normalizedKey(Mojibake.repair(s)));
            }
            all.append(c);
        }
        Random r = new Random(7);
        String pool = all + "Ã©Ã¼Ã Ã—â€™âœ…";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = r.nextInt(12); n > 0; n--) {
                s.append(r.nextInt(3) == 0 ? pool.charAt(r.nextInt(pool.length())) : (char) (0xB0 + r.nextInt(0x50)));
            }
            String t = s.toString();
            assertThat(MatchText.key(t)).as("%s", t).isEqualTo(MatchText.normalizedKey(Mojibake.repair(t)));
        }
    }

    @Test
    void slugIsStableAndBounded() {
        assertThat(MatchText.slug("Performance requirements defined (SLAs)")).isEqualTo("performance-requirements-defined-slas");
        assertThat(MatchText.slug("word ".repeat(40))).hasSizeLessThanOrEqualTo(64).doesNotEndWith("-");
    }

    @Test
    void similarityAndDistance() {
        assertThat(MatchText.similarity("a b c", "a b c")).isEqualTo(1.0);
        assertThat(MatchText.similarity("a b", "c d")).isZero();
        assertThat(MatchText.distance("sucess_measure", "success_measure", 3)).isEqualTo(1);
        assertThat(MatchText.distance("abc", "xyzxyzxyz", 2)).isGreaterThan(2);
    }
}

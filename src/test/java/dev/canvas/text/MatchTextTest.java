package dev.canvas.text;

import static org.assertj.core.api.Assertions.assertThat;

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

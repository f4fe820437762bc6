package dev.canvas.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MojibakeTest {

    @Test
    void repairsUtf8ReadAsWindows1252() {
        assertThat(Mojibake.repair("- [ ] POC Canvas completed (8 squares) âœ…")).isEqualTo("- [ ] POC Canvas completed (8 squares) ✅");
        assertThat(Mojibake.repair("ðŸš¨ **Do NOT deploy**")).isEqualTo("🚨 **Do NOT deploy**");
        assertThat(Mojibake.repair("simple â†’ cheap")).isEqualTo("simple → cheap");
    }

    @Test
    void dropsASequenceCutShort() {
        // the seed's warning sign lost its last byte (0x8F has no Windows-1252 character)
        assertThat(Mojibake.repair("âš\u00a0ï¸ **Address gaps**")).isEqualTo("⚠ **Address gaps**");
    }

    @Test
    void leavesRealTextAlone() {
        assertThat(Mojibake.repair("café, naïve, Ærøskøbing, 10 × 100 ✅")).isEqualTo("café, naïve, Ærøskøbing, 10 × 100 ✅");
        String plain = "plain ASCII";
        assertThat(Mojibake.repair(plain)).isSameAs(plain);
    }
}

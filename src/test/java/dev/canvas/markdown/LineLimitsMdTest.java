package dev.canvas.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where {@link LineLimits#prepare} starts cutting a long run of lines, whatever the line breaks. */
class LineLimitsMdTest {

    private static String run(int lines, String lineBreak) {
        StringBuilder sb = new StringBuilder("# Title").append(lineBreak).append(lineBreak);
        for (int i = 1; i <= lines; i++) {
            sb.append("line ").append(i).append(lineBreak);
        }
        return sb.toString();
    }

    @Test
    void aRunOfTheLimitIsKeptAsItIs() {
        for (String lineBreak : new String[] {"\n", "\r\n", "\r"}) {
            String text = run(LineLimits.MAX_RUN_LINES, lineBreak);
            LineLimits.Prepared p = LineLimits.prepare(text);
            assertThat(p.text()).isSameAs(text);
            assertThat(p.problem()).isEmpty();
        }
    }

    @Test
    void aRunOverTheLimitIsCutFromItsFirstLineOver() {
        for (String lineBreak : new String[] {"\n", "\r\n", "\r"}) {
            String text = run(LineLimits.MAX_RUN_LINES + 1, lineBreak);
            LineLimits.Prepared p = LineLimits.prepare(text);
            assertThat(p.problem()).hasValueSatisfying(pr -> assertThat(pr.line()).isEqualTo(3 + LineLimits.MAX_RUN_LINES));
            assertThat(p.text()).endsWith("line " + LineLimits.MAX_RUN_LINES + lineBreak + lineBreak)
                    .hasSize(text.length() - ("line " + (LineLimits.MAX_RUN_LINES + 1)).length());
        }
    }

    @Test
    void manyShortParagraphsAreNotCut() {
        String text = "a\n\n".repeat(3 * LineLimits.MAX_RUN_LINES);
        LineLimits.Prepared p = LineLimits.prepare(text);
        assertThat(p.text()).isSameAs(text);
        assertThat(p.problem()).isEmpty();
    }
}

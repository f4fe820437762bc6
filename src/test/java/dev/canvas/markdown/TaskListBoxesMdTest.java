package dev.canvas.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.RandomText;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** {@link TaskListBoxes#boxEnd} matches exactly what the task list extension's pattern matches, and cuts as it does. */
class TaskListBoxesMdTest {

    private static final String[] PIECES = {"[", "]", "x", "X", "a", " ", "\t", "\n", "\r", "\u000B", "\f", "\u0085",
        "\u2028", "\u2029", "\u00a0", "\u2003", "é", "😀", "[ ]", "[x]", "[X] ", "[ ] ", "[\t] ", "[x]\t", "(", "."};

    private static void assertSame(String s) {
        Matcher m = TaskListBoxes.TASK_LIST_ITEM.matcher(s);
        int expected = m.matches() ? m.start(2) : -1;
        assertThat(TaskListBoxes.boxEnd(s)).as("'%s'", s).isEqualTo(expected);
        if (expected >= 0) {
            assertThat(s.charAt(1)).isEqualTo(m.group(1).charAt(0));
            assertThat(s.substring(expected)).isEqualTo(m.group(2));
        }
    }

    @Test
    void boxesAreCutAsThePatternCutsThem() {
        for (String s : new String[] {"", "[", "[x]", "[x] ", "[x]  ", "[x] a", "[ ] a b", "[X]\ta", "[x]a", "[xx] a", "[x] a\nb",
            "[x] \nb", "[x]\n\n b", "[x] a\u2028", "[x] a\u0085", "[\n] a", "[\u000B]\fa", "[\u00a0] a", "[x]\u00a0a", " [x] a"}) {
            assertSame(s);
        }
        Random random = new Random(3);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            RandomText.append(sb, random, PIECES, 8);
            assertSame(sb.toString());
        }
    }
}

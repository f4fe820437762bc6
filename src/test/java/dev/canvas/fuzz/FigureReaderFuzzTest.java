package dev.canvas.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.canvas.figures.Figure;
import dev.canvas.figures.FigureReader;
import dev.canvas.figures.Items;
import dev.canvas.figures.Milestones;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Any text is read into figures without an exception and in bounded time: every figure's span lies in the text,
 * in order of start; the items and milestones of the same text are read too.
 */
class FigureReaderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void read(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        FuzzSubjects.timed(() -> {
            List<Figure> figures = FigureReader.read(text);
            int last = 0;
            for (Figure f : figures) {
                assertThat(f.end()).isLessThanOrEqualTo(text.length());
                assertThat(f.start()).isGreaterThanOrEqualTo(last);
                last = f.start();
            }
            Items.of(text).forEach(i -> assertThat(i.text()).isNotBlank());
            Milestones.given(text);
        });
    }
}

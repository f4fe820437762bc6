package dev.canvas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextTest {

    @Test
    void aFileLargerThanAnArrayIsAProblemWhateverTheLimit(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(SourceText.MAX_READABLE + 1); // sparse: nothing is written
        }
        assertThat(SourceText.read(big, Long.MAX_VALUE).problem()).get().extracting(InputProblem::message).asString()
                .contains("more than a Java array holds");
        assertThat(SourceText.read(big, 100).problem()).get().extracting(InputProblem::message).asString()
                .contains("over the limit of 100 bytes");
    }

    @Test
    void utf8WithBomIsRead() {
        byte[] b = "\ufeffcanvas: production\n".getBytes(StandardCharsets.UTF_8);
        assertThat(SourceText.decode(b).text()).isEqualTo("canvas: production\n");
    }

    @Test
    void utf16IsRefused() {
        byte[] b = "canvas".getBytes(StandardCharsets.UTF_16);
        assertThat(SourceText.decode(b).problem()).get().extracting(InputProblem::message).asString().contains("UTF-16");
    }

    @Test
    void binaryIsRefusedWithTheLine() {
        byte[] b = {'a', '\n', 'b', 0, 'c'};
        assertThat(SourceText.decode(b).problem()).get().satisfies(p -> {
            assertThat(p.message()).contains("binary");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void latin1IsRefusedWithTheLine() {
        byte[] b = "ok\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(SourceText.decode(b).problem()).get().satisfies(p -> {
            assertThat(p.message()).contains("not valid UTF-8");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void tooLargeIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.md");
        Files.write(f, new byte[2048]);
        assertThat(SourceText.read(f, 1024).problem()).get().extracting(InputProblem::message).asString()
                .contains("over the limit of 1024 bytes");
    }
}

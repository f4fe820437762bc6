package dev.canvas.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    /** Writes half the content, then fails: a disk full or a killed process, midway. */
    private static final AtomicFileWriter FAILS_MIDWAY = new AtomicFileWriter((out, content) -> {
        out.write(content, 0, content.length / 2);
        throw new IOException("No space left on device");
    });

    @Test
    void anInterruptedOverwriteLeavesTheOldFileIntact(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("canvas.md");
        Files.writeString(f, "the user's answers");
        assertThatThrownBy(() -> FAILS_MIDWAY.write(f, "x".repeat(10_000), true)).hasMessageContaining("No space");
        assertThat(f).content().isEqualTo("the user's answers");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void anInterruptedNewFileLeavesNothing(@TempDir Path dir) {
        Path f = dir.resolve("canvas.md");
        assertThatThrownBy(() -> FAILS_MIDWAY.write(f, "x".repeat(10_000), false)).isInstanceOf(IOException.class);
        assertThat(f).doesNotExist();
    }

    @Test
    void refusesAnExistingFileWithoutForce(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("canvas.md");
        Files.writeString(f, "keep");
        assertThatThrownBy(() -> new AtomicFileWriter().write(f, "new", false)).isInstanceOf(OutputExistsException.class);
        assertThat(f).content().isEqualTo("keep");
        new AtomicFileWriter().write(f, "new", true);
        assertThat(f).content().isEqualTo("new");
    }
}

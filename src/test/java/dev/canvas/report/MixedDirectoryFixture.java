package dev.canvas.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A directory with one canvas of each verdict, a malformed canvas and a file that is not a canvas. */
final class MixedDirectoryFixture {

    private MixedDirectoryFixture() {
    }

    static Path create(Path dir) throws IOException {
        Path d = Files.createDirectories(dir.resolve("canvases"));
        Files.copy(Path.of("examples/go.md"), d.resolve("go.md"));
        Files.copy(Path.of("examples/fix-gaps.yaml"), d.resolve("fix-gaps.yaml"));
        Files.createDirectories(d.resolve("team-b"));
        Files.copy(Path.of("examples/do-not-deploy.md"), d.resolve("team-b/do-not-deploy.md"));
        Files.writeString(d.resolve("team-b/malformed.yaml"), "canvas: production\nsquares:\n  a: [unclosed <script>\n",
                StandardCharsets.UTF_8);
        Files.writeString(d.resolve("notes.md"), "# Meeting notes\n\nNothing to check here.\n", StandardCharsets.UTF_8);
        return d;
    }
}

package dev.canvas.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A canvas whose text tries to run script in a report: every piece of it must come out as text. */
final class HostileCanvasFixture {

    static final String SCRIPT = "<script>document.documentElement.setAttribute('data-pwned','1')</script>";

    private HostileCanvasFixture() {
    }

    static Path create(Path dir) throws IOException {
        String md = Files.readString(Path.of("examples/fix-gaps.md"), StandardCharsets.UTF_8)
                .replace("- [x] Caching reduces costs significantly",
                        "- [x] Caching reduces costs significantly\n- [ ] " + SCRIPT)
                .replaceFirst("(\\*\\*How does caching reduce cost\\?\\*\\*\\n\\n)[^\\n]*",
                        "$1TODO: <img src=x onerror=alert(1)> [go](javascript:alert(1))");
        Path f = dir.resolve("hostile-canvas.md");
        Files.writeString(f, md, StandardCharsets.UTF_8);
        return f;
    }
}

package dev.canvas.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.template.BundledDefinitions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A Markdown canvas with nothing to normalise is read where it is, its front matter's lines left empty in place (the
 * fast path); any other goes through the general one (line breaks normalised, mojibake repaired, the body copied).
 * Written with CRLF line breaks, the same canvas takes the general path: both must give the same document, for
 * every Markdown file of the project, with and without front matter.
 */
class MarkdownPathsMdTest {

    @Test
    void theFastAndTheGeneralPathGiveTheSameDocument() throws IOException {
        List<CanvasDefinition> defs = List.of(BundledDefinitions.of("production").orElseThrow(),
                BundledDefinitions.of("poc").orElseThrow());
        List<Path> files = new ArrayList<>();
        for (String root : List.of("examples", "templates", "src/test/resources")) {
            try (Stream<Path> s = Files.walk(Path.of(root))) {
                s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(20);
        int compared = 0;
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            if (text.indexOf('\r') >= 0 || text.indexOf('\0') >= 0) {
                continue; // already the general path's
            }
            String body = text.startsWith("---\n") ? text : "---\nowner: someone\nkind: production\n---\n" + text;
            for (String t : List.of(text, body, text.replaceFirst("(?s)^---\n.*?\n---\n", ""))) {
                for (CanvasDefinition def : defs) {
                    MarkdownCanvasParser parser = new MarkdownCanvasParser(def);
                    var fast = parser.parse("c.md", t).document();
                    var general = parser.parse("c.md", t.replace("\n", "\r\n")).document();
                    assertThat(general).as("%s (%d chars) as %s", f, t.length(), def.kind()).isEqualTo(fast);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
    }
}

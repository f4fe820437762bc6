package dev.canvas.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.canvas.config.ConfigLoader;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.parse.ParsedCanvas;
import dev.canvas.model.SourceFormat;
import dev.canvas.check.CanvasChecker;
import dev.canvas.template.TemplateException;
import dev.canvas.template.TemplateLoader;
import java.nio.charset.StandardCharsets;

/**
 * Any text given as a template either loads, and then can be used to check a canvas, or is refused with a
 * {@link TemplateException} (exit 65 with a message at its line): never another exception, never a hang.
 */
class TemplateLoaderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void parse(byte[] input) {
        FuzzSubjects.timed(() -> {
            CanvasDefinition def;
            try {
                def = TemplateLoader.parse(new String(input, StandardCharsets.UTF_8), "fuzz-tmpl.yaml");
            } catch (TemplateException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
                assertThat(e.fix()).isNotBlank().doesNotContain("\n");
                assertThat(e.location()).isNotNull();
                return;
            }
            assertThat(def.squares()).isNotEmpty();
            // a template that loads must be usable: the checker is built and a canvas checked against it
            CanvasChecker checker = FuzzSubjects.checker(def, ConfigLoader.builtIn());
            ParsedCanvas parsed = checker.parse("fuzz.md", FuzzSubjects.GOOD_CANVAS, SourceFormat.MARKDOWN);
            FuzzSubjects.assertResult(checker.check(parsed), "fuzz.md");
        });
    }
}

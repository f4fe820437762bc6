package dev.canvas.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.Upstream;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.template.TemplateLoader;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code canvas init} writes what {@code canvas check} reads: a group's label never runs into the box before it. */
class ScaffoldGroupsTest {

    @Test
    void aBlankLineSeparatesEachGroupLabelFromTheBoxBefore() throws Exception {
        for (String template : new String[] {"production-canvas-tmpl.yaml", "poc-canvas-tmpl.yaml"}) {
            CanvasDefinition def = TemplateLoader.load(Upstream.file(template));
            String[] lines = CanvasScaffold.markdown(def, "p", Map.of(), Set.of()).split("\n");
            int labels = 0;
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].startsWith("**")) {
                    labels++;
                    assertThat(lines[i - 1]).as(template + " line " + (i + 1) + ": " + lines[i]).doesNotStartWith("- [");
                }
            }
            assertThat(labels).isPositive();
        }
    }
}

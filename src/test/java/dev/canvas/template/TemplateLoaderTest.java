package dev.canvas.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.canvas.Upstream;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistKind;
import dev.canvas.model.Phase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateLoaderTest {

    @Test
    void bundledTemplateHasTheSeedsStructure() throws Exception {
        CanvasDefinition def = TemplateLoader.bundled(TemplateLoader.BUNDLED_PRODUCTION);
        assertThat(def.kind()).isEqualTo("production");
        assertThat(def.phases()).extracting(Phase::title).containsExactly("Product and Scale Planning",
                "Agent Architecture", "Data Infrastructure", "Model Operations", "Hardening and Operations");
        assertThat(def.phases()).extracting(p -> p.squares().size()).containsExactly(2, 2, 2, 2, 3);
        assertThat(def.squares()).hasSize(11);
        assertThat(def.checklist("prerequisites")).get().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChecklistKind.PREREQUISITES);
            assertThat(c.items()).hasSize(7);
        });
        // the seed's validation gates, phase by phase
        assertThat(List.of(1, 2, 3, 4, 5)).map(n -> def.checklist("phase-" + n).orElseThrow().items().size())
                .containsExactly(5, 6, 6, 8, 10);
        assertThat(def.checklist("phase-4").orElseThrow().items().get(1).text()).isEqualTo("Provider failover tested");
    }

    @Test
    void bundledTemplateUsesTheUpstreamFieldIds() throws Exception {
        CanvasDefinition ours = TemplateLoader.bundled(TemplateLoader.BUNDLED_PRODUCTION);
        CanvasDefinition upstream = TemplateLoader.load(Upstream.file("production-canvas-tmpl.yaml"));
        assertThat(ours.fieldsById().keySet()).containsExactlyElementsOf(upstream.fieldsById().keySet());
        assertThat(ours.fields()).hasSize(47);
    }

    @Test
    void upstreamTemplateIsReadWithItsReadinessGate() throws Exception {
        CanvasDefinition def = TemplateLoader.load(Upstream.file("production-canvas-tmpl.yaml"));
        assertThat(def.squares()).hasSize(11);
        assertThat(def.fieldsById().get("unified_platform_choice").question()).isEqualTo("Unified Platform Strategy");
        // upstream lists prerequisites as plain bullets, not boxes: not required
        assertThat(def.checklist("prerequisites")).isEmpty();
        Checklist gate = def.checklist("production-readiness-gate").orElseThrow();
        assertThat(gate.items()).hasSize(23);
        assertThat(gate.items().get(0).group()).isEqualTo("Business & Scale (Squares 1-2)");
        assertThat(gate.phase()).isZero();
        assertThat(def.fieldsById().get("poc_validation_results").location().line()).isEqualTo(34);
    }

    @Test
    void upstreamPocTemplateIsRead() throws Exception {
        CanvasDefinition def = TemplateLoader.load(Upstream.file("poc-canvas-tmpl.yaml"));
        assertThat(def.kind()).isEqualTo("poc");
        assertThat(def.squares()).hasSize(8);
    }

    @Test
    void templateWithoutSquaresIsRefused() {
        assertThatThrownBy(() -> TemplateLoader.parse("name: x\nsections:\n  - title: a\n    content: |\n      # Nothing\n", "t.yaml"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("no squares");
    }

    @Test
    void duplicateFieldIdsAreRefusedWithTheLine() {
        String t = "name: x\nsections:\n  - title: a\n    content: |\n      ### Square 1: A\n\n      **Q1?**\n\n      {{a}}\n\n"
                + "      **Q2?**\n\n      {{a}}\n";
        assertThatThrownBy(() -> TemplateLoader.parse(t, "t.yaml"))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.getMessage()).contains("'a' is used twice (first at line 9)");
                    assertThat(e.location().line()).isEqualTo(13);
                });
    }

    @Test
    void unbalancedPlaceholderIsRefused() {
        String t = "name: x\nsections:\n  - title: a\n    content: |\n      ### Square 1: A\n\n      **Q1?**\n\n      {{a\n";
        assertThatThrownBy(() -> TemplateLoader.parse(t, "t.yaml"))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.location().line()).isEqualTo(9));
    }

    @Test
    void aProblemInContentWrittenOnTheKeysLineIsToldAtThatLine() {
        String block = "name: x\nsections:\n  - title: a\n    content: |\n      ### Square 1: A {{a\n";
        String quoted = "name: x\nsections:\n  - title: a\n    content: \"### Square 1: A {{a\"\n";
        assertThatThrownBy(() -> TemplateLoader.parse(block, "t.yaml"))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.location().line()).isEqualTo(5));
        assertThatThrownBy(() -> TemplateLoader.parse(quoted, "t.yaml"))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.location().line()).isEqualTo(4));
    }

    @Test
    void aKeyTwiceIsRefusedWithItsLine() {
        String t = "name: x\nsections:\n  - title: a\n    title: b\n";
        assertThatThrownBy(() -> TemplateLoader.parse(t, "t.yaml")).isInstanceOfSatisfying(TemplateException.class, e -> {
            assertThat(e.location()).hasToString("t.yaml:4");
            assertThat(e.getMessage()).contains("key 'title' appears twice in the same mapping (first at line 3)");
        });
    }

    @Test
    void aV2TemplateThatIsNotACanvasIsRefused() {
        // BMAD's PRD template reads as v2, but it is no canvas: its placeholders stand outside any square
        Path v2 = Upstream.file("prd-tmpl.v2-example.yaml");
        assertThatThrownBy(() -> TemplateLoader.load(v2))
                .isInstanceOf(TemplateException.class).hasMessageContaining("outside any square");
    }

    @Test
    void notYamlAndNotFoundAreClearErrors() {
        assertThatThrownBy(() -> TemplateLoader.parse("name: [unclosed\n", "t.yaml"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> TemplateLoader.load(Path.of("no/such/template.yaml")))
                .isInstanceOf(TemplateException.class).hasMessageContaining("no such file");
        assertThatThrownBy(() -> TemplateLoader.parse("", "t.yaml")).hasMessageContaining("empty");
    }
}

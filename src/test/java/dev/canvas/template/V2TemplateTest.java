package dev.canvas.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.check.CanvasChecker;
import dev.canvas.check.CheckOptions;
import dev.canvas.config.ConfigLoader;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.Checklist;
import dev.canvas.model.FileResult;
import dev.canvas.model.Finding;
import dev.canvas.model.Square;
import dev.canvas.readiness.ReadinessChecklistLoader;
import dev.canvas.text.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * BMAD's v2 format reads into the same definition: both bundled canvas templates, converted to v2, give the same
 * phases, squares, fields and checklists, and the same verdicts and findings on the same canvases.
 */
class V2TemplateTest {

    private static CanvasDefinition v2(CanvasDefinition legacy) throws TemplateException {
        return TemplateLoader.parse(V2TemplateWriter.write(legacy), "converted-v2.yaml");
    }

    @Test
    void theStructureIsTheSame() throws Exception {
        for (String name : List.of(TemplateLoader.BUNDLED_PRODUCTION, TemplateLoader.BUNDLED_POC)) {
            CanvasDefinition legacy = TemplateLoader.bundled(name);
            CanvasDefinition v2 = v2(legacy);
            assertThat(v2.kind()).isEqualTo(legacy.kind());
            assertThat(v2.squares()).extracting(Square::label).containsExactlyElementsOf(legacy.squares().stream().map(Square::label).toList());
            assertThat(v2.fieldsById().keySet()).containsExactlyElementsOf(legacy.fieldsById().keySet());
            assertThat(v2.fields()).extracting(f -> f.question()).containsExactlyElementsOf(legacy.fields().stream().map(f -> f.question()).toList());
            assertThat(v2.checklists()).extracting(Checklist::id).containsExactlyElementsOf(legacy.checklists().stream().map(Checklist::id).toList());
            assertThat(v2.checklists()).flatExtracting(Checklist::items).extracting(i -> i.id())
                    .containsExactlyElementsOf(legacy.checklists().stream().flatMap(c -> c.items().stream()).map(i -> i.id()).toList());
            assertThat(v2.label(dev.canvas.model.Verdict.GO)).isEqualTo(legacy.label(dev.canvas.model.Verdict.GO));
        }
    }

    @TestFactory
    Stream<DynamicTest> theVerdictsAreTheSame() throws Exception {
        CanvasDefinition prod = ReadinessChecklistLoader.addTo(TemplateLoader.bundled(TemplateLoader.BUNDLED_PRODUCTION));
        CanvasDefinition prodV2 = ReadinessChecklistLoader.addTo(v2(TemplateLoader.bundled(TemplateLoader.BUNDLED_PRODUCTION)));
        CanvasDefinition poc = TemplateLoader.bundled(TemplateLoader.BUNDLED_POC);
        CanvasDefinition pocV2 = v2(poc);
        CheckOptions opts = new CheckOptions(SourceText.DEFAULT_MAX_BYTES, LocalDate.of(2026, 11, 22));
        CanvasChecker legacy = new CanvasChecker(List.of(prod, poc), ConfigLoader.builtIn(), opts);
        CanvasChecker converted = new CanvasChecker(List.of(prodV2, pocV2), ConfigLoader.builtIn(), opts);
        List<Path> canvases;
        try (Stream<Path> s = Stream.concat(Files.list(Path.of("examples")), Files.exists(Path.of("examples/poc"))
                ? Files.list(Path.of("examples/poc")) : Stream.empty())) {
            canvases = s.filter(p -> p.toString().matches(".*(go|fix-gaps|do-not-deploy|poc-canvas|poc-fix-gaps|poc-do-not-build)\\.(md|yaml)"))
                    .sorted().toList();
        }
        assertThat(canvases).hasSizeGreaterThanOrEqualTo(6);
        return canvases.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            FileResult a = legacy.check(c, c.toString());
            FileResult b = converted.check(c, c.toString());
            assertThat(b.decision()).isEqualTo(a.decision());
            assertThat(b.findings()).extracting(Finding::rule, f -> f.location().line(), Finding::message)
                    .containsExactlyElementsOf(a.findings().stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.rule(),
                            f.location().line(), f.message())).toList());
        }));
    }
}

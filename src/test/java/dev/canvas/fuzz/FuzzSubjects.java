package dev.canvas.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.check.CanvasChecker;
import dev.canvas.check.CheckOptions;
import dev.canvas.config.CanvasConfig;
import dev.canvas.config.ConfigLoader;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.FileResult;
import dev.canvas.model.Finding;
import dev.canvas.parse.ParsedCanvas;
import dev.canvas.readiness.ReadinessChecklistLoader;
import dev.canvas.template.TemplateException;
import dev.canvas.template.TemplateLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What the fuzz tests share: the bundled definitions (built once: fuzzing runs a target millions of times), a
 * checker over them, and the invariants every result must keep.
 */
final class FuzzSubjects {

    /** The Production Canvas with its readiness checklist, as {@code canvas check} uses it. */
    static final CanvasDefinition PRODUCTION;
    static final CanvasDefinition POC;
    /** A fixed date: results must not depend on the day the fuzzer runs. */
    static final CheckOptions OPTIONS = new CheckOptions(10L * 1024 * 1024, LocalDate.of(2026, 11, 22));
    static final CanvasChecker CHECKER;
    /** A complete canvas, for targets that vary the template or the configuration instead. */
    static final String GOOD_CANVAS;

    static {
        try {
            PRODUCTION = ReadinessChecklistLoader.addTo(TemplateLoader.bundled(TemplateLoader.BUNDLED_PRODUCTION));
            POC = TemplateLoader.bundled(TemplateLoader.BUNDLED_POC);
            GOOD_CANVAS = Files.readString(Path.of("examples/go.md"), StandardCharsets.UTF_8);
        } catch (TemplateException e) {
            throw new IllegalStateException("bundled template does not load: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CHECKER = new CanvasChecker(List.of(PRODUCTION, POC), ConfigLoader.builtIn(), OPTIONS);
    }

    /**
     * Longest a target may take on one input. The inputs are small (at most a few tens of KB), so anything near
     * this is a hang in the making: it fails the target, and the fuzzer keeps the input. (Not JUnit's @Timeout:
     * in fuzzing mode it would apply to the whole fuzzing run. A real hang is caught by libFuzzer's -timeout.)
     */
    static final long MAX_MILLIS = 5_000;

    private FuzzSubjects() {
    }

    /** Runs one input through a target, and fails if it took longer than {@link #MAX_MILLIS}. */
    static void timed(Runnable target) {
        long start = System.nanoTime();
        target.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("milliseconds for one input (bounded time is part of the contract)").isLessThan(MAX_MILLIS);
    }

    static CanvasChecker checker(CanvasDefinition definition, CanvasConfig config) {
        return new CanvasChecker(List.of(definition), config, OPTIONS);
    }

    /** Every finding is one line of text, at a place in one of the files that were read. */
    static void assertFindingsAreClean(List<Finding> findings, String... files) {
        for (Finding f : findings) {
            assertThat(f.message()).as("finding message %s", f).doesNotContain("\n").doesNotContain("\r").isNotBlank();
            assertThat(f.fix()).as("finding fix %s", f).doesNotContain("\n").doesNotContain("\r");
            assertThat(f.location().line()).as("line of %s", f).isNotNegative();
            assertThat(f.location().file()).as("file of %s", f).isIn((Object[]) files);
        }
    }

    static void assertParsed(ParsedCanvas parsed, String file) {
        assertThat(parsed).isNotNull();
        assertThat(parsed.document().file()).isEqualTo(file);
        assertFindingsAreClean(parsed.document().findings(), file);
    }

    static void assertResult(FileResult result, String... files) {
        assertThat(result).isNotNull();
        assertThat(result.decision()).isNotNull();
        assertFindingsAreClean(result.findings(), files);
    }
}

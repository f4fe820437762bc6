package dev.canvas.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import dev.canvas.cli.ExitCodes;
import dev.canvas.readiness.ReadinessChecklistLoader;
import dev.canvas.template.TemplateLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POC canvas to Production Canvas and back to check: check names only what the POC could not answer. */
class PromoteTest {

    @ParameterizedTest
    @ValueSource(strings = {"md", "yaml"})
    void roundTripNamesOnlyWhatThePocCouldNotAnswer(String ext, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("production." + ext);
        CliRun p = CliRun.of("promote", "examples/poc/poc-canvas.md", "-o", out.toString());
        assertThat(p.exitCode()).as(p.err()).isZero();
        assertThat(p.out()).contains("production fields pre-filled from examples/poc/poc-canvas.md");

        CliRun check = CliRun.of("check", "--all", out.toString());
        assertThat(check.exitCode()).isEqualTo(ExitCodes.DO_NOT_DEPLOY);
        // every field reported as unanswered is one the mapping does not fill from this POC, and vice versa
        Set<String> unanswered = new TreeSet<>();
        Matcher m = Pattern.compile("\\[field-(?:non-answer|empty)\\] (\\w+):").matcher(check.out());
        while (m.find()) {
            unanswered.add(m.group(1));
        }
        var prod = ReadinessChecklistLoader.addTo(TemplateLoader.bundled(TemplateLoader.BUNDLED_PRODUCTION));
        var poc = TemplateLoader.bundled(TemplateLoader.BUNDLED_POC);
        var parsed = new dev.canvas.parse.MarkdownCanvasParser(poc).parse("poc.md",
                Files.readString(Path.of("examples/poc/poc-canvas.md")));
        Promotion promotion = Promotion.of(parsed.document(), poc, prod);
        Set<String> expected = new TreeSet<>(prod.fieldsById().keySet());
        expected.removeAll(promotion.answers().keySet());
        assertThat(unanswered).isEqualTo(expected);
        assertThat(promotion.answers()).containsKeys("poc_validation_results", "success_metrics");
        // the file is a well-formed canvas: nothing about its shape is reported
        assertThat(check.out()).doesNotContain("schema-violation", "syntax-error", "unknown-content", "duplicate-entry",
                "square-missing", "field-missing");
        // the POC passed its gate, so that prerequisite is ticked; the others are not
        assertThat(check.out()).doesNotContain("'POC Canvas completed (8 squares)' is not confirmed")
                .contains("'ROI calculated and positive' is not confirmed");
        assertThat(Files.readString(out)).contains("Invoice exception triage agent");
    }

    @Test
    void refusesAPocThatDoesNotPassItsGateAndNeverOverwrites(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("production.md");
        CliRun refused = CliRun.of("promote", "examples/poc/poc-fix-gaps.md", "-o", out.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FIX_GAPS);
        assertThat(refused.err()).contains("does not pass its gate (fix gaps");
        assertThat(out).doesNotExist();

        Files.writeString(out, "mine");
        CliRun exists = CliRun.of("promote", "examples/poc/poc-canvas.md", "-o", out.toString());
        assertThat(exists.exitCode()).isEqualTo(ExitCodes.CANT_CREATE);
        assertThat(out).content().isEqualTo("mine");
        assertThat(CliRun.of("promote", "examples/poc/poc-canvas.md", "-o", out.toString(), "--force").exitCode()).isZero();
        assertThat(out).content().startsWith("---\ncanvas: production");
    }
}

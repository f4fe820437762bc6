package dev.canvas.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import dev.canvas.Upstream;
import dev.canvas.cli.ExitCodes;
import dev.canvas.readiness.ReadinessChecklistLoader;
import dev.canvas.template.TemplateLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

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
    /** A POC canvas as a team fills BMAD's own POC template: init --template, every answer given, every box ticked. */
    private static Path upstreamPoc(Path dir) throws Exception {
        Path tmpl = Upstream.file("poc-canvas-tmpl.yaml");
        Path canvas = dir.resolve("poc.md");
        assertThat(CliRun.of("init", "--template", tmpl.toString(), "-o", canvas.toString()).exitCode()).isZero();
        Map<String, String> answers = new Yaml().load(Files.readString(Path.of("src/test/resources/upstream-answers/poc.yaml"),
                StandardCharsets.UTF_8));
        Matcher m = Pattern.compile("\\{\\{(\\w+)}}").matcher(Files.readString(canvas, StandardCharsets.UTF_8));
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String answer = answers.get(m.group(1)); // the guidance comment's {{placeholder}} stays
            m.appendReplacement(filled, Matcher.quoteReplacement(answer == null ? m.group() : answer.strip()));
        }
        m.appendTail(filled);
        Files.writeString(canvas, filled.toString().replace("- [ ]", "- [x]")
                .replace("project: \"\"", "project: \"Claims intake agent (POC)\""), StandardCharsets.UTF_8);
        return canvas;
    }

    @Test
    void aPocFilledFromBmadsPocTemplateIsJudgedByTheTemplateGivenWithT(@TempDir Path dir) throws Exception {
        Path pocTmpl = Upstream.file("poc-canvas-tmpl.yaml");
        Path canvas = upstreamPoc(dir);
        assertThat(CliRun.of("check", "--template", pocTmpl.toString(), canvas.toString()).exitCode()).isZero();
        Path out = dir.resolve("production.md");

        // the bundled POC template asks for prerequisites BMAD's does not have
        CliRun bundled = CliRun.of("promote", canvas.toString(), "-o", out.toString());
        assertThat(bundled.exitCode()).isEqualTo(ExitCodes.DO_NOT_DEPLOY);
        assertThat(bundled.err()).contains("prerequisites not confirmed");
        assertThat(out).doesNotExist();

        CliRun p = CliRun.of("promote", canvas.toString(), "-t", pocTmpl.toString(), "-o", out.toString());
        assertThat(p.exitCode()).as(p.err()).isZero();
        assertThat(p.out()).contains("18 of 47 production fields pre-filled from " + canvas)
                .contains("next: canvas check " + out + " lists");
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(written).startsWith("---\ncanvas: production\nproject: \"Claims intake agent\"")
                .contains("- [x] POC Canvas completed (8 squares)", "From the POC (Which foundation models handle your requirements best?)");
        CliRun check = CliRun.of("check", "--all", out.toString());
        assertThat(check.out()).doesNotContain("schema-violation", "syntax-error", "unknown-content", "duplicate-entry",
                "square-missing", "field-missing", "[field-non-answer] model_routing:");

        // and into BMAD's production template, which 'check' then takes with the same --template
        Path prodTmpl = Upstream.file("production-canvas-tmpl.yaml");
        Path up = dir.resolve("bmad-production.md");
        CliRun both = CliRun.of("promote", canvas.toString(), "--template", pocTmpl.toString(),
                "--production-template", prodTmpl.toString(), "-o", up.toString());
        assertThat(both.exitCode()).as(both.err()).isZero();
        assertThat(both.out()).contains("next: canvas check " + up + " --template " + prodTmpl + " lists");
        CliRun upCheck = CliRun.of("check", "--all", "--template", prodTmpl.toString(), up.toString());
        assertThat(upCheck.out()).doesNotContain("unknown-content", "square-missing", "field-missing",
                "[field-non-answer] model_routing:");
    }

    @Test
    void aTemplateOfTheWrongKindIsRefusedNamingItsOption(@TempDir Path dir) {
        Path out = dir.resolve("production.md");
        CliRun t = CliRun.of("promote", "examples/poc/poc-canvas.md", "-t", "templates/production-canvas-tmpl.yaml",
                "-o", out.toString());
        assertThat(t.exitCode()).isEqualTo(ExitCodes.TEMPLATE);
        assertThat(t.err()).isEqualTo("canvas: error: templates/production-canvas-tmpl.yaml: is a production template, not a"
                + " POC one; -t names the POC template the POC canvas was filled in from (a template's kind is its 'kind:'"
                + " key, else 'poc' when its name says POC, else 'production')\n");
        CliRun prod = CliRun.of("promote", "examples/poc/poc-canvas.md", "--production-template",
                "templates/poc-canvas-tmpl.yaml", "-o", out.toString());
        assertThat(prod.exitCode()).isEqualTo(ExitCodes.TEMPLATE);
        assertThat(prod.err()).contains("is a POC template, not a production one; --production-template names");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/go.md", "examples/go.yaml", "examples/engineering-department/production-canvas.md"})
    void aProductionCanvasIsSaidToBeNoPocCanvas(String canvas, @TempDir Path dir) {
        Path out = dir.resolve("production.md");
        CliRun r = CliRun.of("promote", canvas, "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("canvas: error: " + canvas + ": this is a Production Canvas, not a POC canvas; promote"
                + " the POC canvas it came from, or check this one with 'canvas check " + canvas + "'\n");
        assertThat(r.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void promotingToYamlWritesTheSchemaItsFirstLineNames(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("production.yaml");
        Path schema = dir.resolve("production-canvas.schema.json");
        String expected = CliRun.of("schema").out();
        CliRun p = CliRun.of("promote", "examples/poc/poc-canvas.md", "-o", out.toString());
        assertThat(p.exitCode()).as(p.err()).isZero();
        assertThat(Files.readAllLines(out).get(0)).isEqualTo("# yaml-language-server: $schema=production-canvas.schema.json");
        assertThat(schema).content().isEqualTo(expected);
        assertThat(p.out()).contains("wrote " + schema + " (JSON Schema");

        // the same schema is there already: left alone, said nothing of
        CliRun again = CliRun.of("promote", "examples/poc/poc-canvas.md", "-f", "yaml", "-o", dir.resolve("p2.yml").toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).doesNotContain("schema");
        // a different one is the user's: left as it is unless --force, as init does
        Files.writeString(schema, "{}");
        CliRun mine = CliRun.of("promote", "examples/poc/poc-canvas.md", "-o", dir.resolve("p3.yaml").toString());
        assertThat(mine.exitCode()).isZero();
        assertThat(mine.err()).contains("production-canvas.schema.json exists and differs", "--force");
        assertThat(schema).content().isEqualTo("{}");
        CliRun forced = CliRun.of("promote", "examples/poc/poc-canvas.md", "-o", dir.resolve("p3.yaml").toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(schema).content().isEqualTo(expected);
        // a Markdown canvas names no schema, and none is written for it
        Path md = dir.resolve("md/production.md");
        assertThat(CliRun.of("promote", "examples/poc/poc-canvas.md", "-o", md.toString()).exitCode()).isZero();
        assertThat(md.resolveSibling("production-canvas.schema.json")).doesNotExist();
    }
}

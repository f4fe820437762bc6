package dev.canvas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.canvas.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A field that is not answered (empty, still its {@code {{placeholder}}}, a stand-in, or too short by the
 * configuration) has exactly one finding, its completeness rule's: the substance rules stay quiet on it
 * ({@link SubstanceRule}). Once it has a real answer, they judge it.
 */
class UnansweredFieldsTest {

    /** What a fresh canvas may be told: its fields are unanswered, its boxes unticked, its sign-offs missing. */
    private static final Set<String> COMPLETENESS = Set.of("field-empty", "field-non-answer", "prerequisite-unchecked",
            "gate-unchecked", "checklist-unchecked", "checklist-score", "signoff-missing");

    private static JsonNode check(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("check", "--format", "json"));
        all.addAll(List.of(args));
        CliRun r = CliRun.of(all.toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        return new ObjectMapper().readTree(r.out()).get("files").get(0);
    }

    private static Path init(Path dir, String kind, String format) {
        Path canvas = dir.resolve(kind + "-canvas." + format);
        CliRun r = CliRun.of("init", "--kind", kind, "-o", canvas.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        return canvas;
    }

    /** The rules of each field's findings. */
    private static Map<String, List<String>> byField(JsonNode file) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (JsonNode f : file.get("findings")) {
            if (!f.get("field").isNull()) {
                out.computeIfAbsent(f.get("field").asText(), k -> new ArrayList<>()).add(f.get("rule").asText());
            }
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"production, md, field-non-answer", "production, yaml, field-empty", "poc, md, field-non-answer",
            "poc, yaml, field-empty"})
    void aFreshCanvasHasOneFindingPerFieldAndNothingElseOnIt(String kind, String format, String rule, @TempDir Path dir)
            throws IOException {
        JsonNode file = check(init(dir, kind, format).toString());
        int fields = 0;
        for (JsonNode p : file.get("readiness").get("phases")) {
            fields += p.get("fields").get("total").asInt();
        }
        Map<String, List<String>> byField = byField(file);
        assertThat(fields).isGreaterThan(30);
        assertThat(byField).hasSize(fields).allSatisfy((field, rules) -> assertThat(rules).as(field).containsExactly(rule));
        List<String> rules = new ArrayList<>();
        file.get("findings").forEach(f -> rules.add(f.get("rule").asText()));
        assertThat(rules).as("no substance rule speaks of an empty canvas").allMatch(COMPLETENESS::contains);
    }

    @ParameterizedTest
    @ValueSource(strings = {"md", "yaml"})
    void aFieldWithARealAnswerStillGetsItsSubstanceFindings(String format, @TempDir Path dir) throws IOException {
        Path canvas = init(dir, "production", format);
        String text = Files.readString(canvas);
        Map<String, String> answers = Map.of("cost_constraints", "EUR 4,000 per month for the model API",
                "success_metrics", "Number of API calls per day; agents deployed",
                "performance_requirements", "Fast and always available");
        for (Map.Entry<String, String> a : answers.entrySet()) {
            text = format.equals("md") ? text.replace("{{" + a.getKey() + "}}", a.getValue())
                    : text.replace("  " + a.getKey() + ": \"\"", "  " + a.getKey() + ": \"" + a.getValue() + "\"");
        }
        Files.writeString(canvas, text);
        Map<String, List<String>> byField = byField(check(canvas.toString()));
        assertThat(byField.get("cost_constraints")).containsExactly("economics-at-scale");
        assertThat(byField.get("success_metrics")).containsExactly("vanity-metrics");
        assertThat(byField.get("performance_requirements")).containsExactly("sla-measurable");
        // the fields still unanswered keep their one finding
        assertThat(byField.get("scale_projections")).hasSize(1);
        assertThat(byField.get("roi_calculation")).hasSize(1);
    }

    /** What the configuration makes a non-answer (a phrase of its own, too few words) is unanswered too. */
    @Test
    void aConfiguredNonAnswerIsUnansweredToo(@TempDir Path dir) throws IOException {
        Path canvas = init(dir, "production", "md");
        Files.writeString(canvas, Files.readString(canvas).replace("{{performance_requirements}}", "Fast and reliable.")
                .replace("{{compliance_requirements}}", "Ask legal"));
        Path config = Files.writeString(dir.resolve("config.yaml"), """
                rules:
                  field-non-answer:
                    extra_phrases: [ask legal]
                    min_words_by_field: {performance_requirements: 5}
                """);
        Map<String, List<String>> byField = byField(check("--config", config.toString(), canvas.toString()));
        assertThat(byField.get("performance_requirements")).containsExactly("field-non-answer");
        assertThat(byField.get("compliance_requirements")).containsExactly("field-non-answer");
        // without the configuration, "Fast and reliable." is an answer, and not a measurable one
        assertThat(byField(check(canvas.toString())).get("performance_requirements")).containsExactly("sla-measurable");
    }

    /** The README names the substance rules as the run of the rules table from vanity-metrics to evidence-exists. */
    @Test
    void theSubstanceRulesAreTheOnesTheReadmeNames() {
        List<String> substance = new ArrayList<>();
        for (RuleSet.Kind k : RuleSet.KINDS) {
            if (k.builtIn().isPresent() && k.make() != null && k.make().apply(k.builtIn().get()) instanceof SubstanceRule) {
                substance.add(k.id());
            }
        }
        List<String> ids = RuleSet.KINDS.stream().map(RuleSet.Kind::id).toList();
        assertThat(substance).isEqualTo(ids.subList(ids.indexOf(VanityMetricsRule.ID), ids.indexOf(EvidenceRule.ID) + 1));
        assertThat(List.of(PatternRule.class, NumberRangeRule.class, MinCountRule.class))
                .allMatch(SubstanceRule.class::isAssignableFrom);
        assertThat(SubstanceRule.class.isAssignableFrom(RequiredFieldRule.class)).isFalse();
    }
}

package dev.canvas.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.rules.RuleSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@code canvas config --print}: the effective configuration as YAML that reads back to the same rules. */
class ConfigYamlTest {

    private static final String ROOT = """
            allow_canvas_waivers: true
            allow_nested_relaxing: true
            rules:
              vanity-metrics: off
              unknown-content: false
              gate-unchecked: warning
              field-non-answer:
                extra_phrases: [ask legal, "see: wiki", "yes", "off", "12", "##[error] x", "tab\\there", "line\\nbreak", "q\\"uote\\\\", "ünï €", "😀", "::warning ::x"]
                min_words: 3
                min_words_by_field: {roi_calculation: 12, "success_metrics": 4.50}
              roi-figures:
                tolerance_points: 5
              sla-measurable:
                severity: blocker
                effective_from: 2027-01-01
              provider-failover:
                providers: ["Acme AI", "(?:foo|bar) models"]
              require-dpia:
                kind: pattern-required
                severity: gap
                fields: [compliance_requirements, regulatory_compliance]
                pattern: "\\\\bDPIA\\\\b"
                message: compliance does not mention the "DPIA"
                fix: link the DPIA
                effective_from: 2026-01-31
              no-tbd-latency:
                kind: number-range
                field: performance_requirements
                min: 0.5
                max: 2000
              turned-off-later:
                kind: required-field
                severity: gap
                fields: [success_metrics]
            waivers:
              - rule: gate-unchecked
                item: provider-failover-tested
                reason: failover game day on 2026-12-03
                approved_by: "Dana Reyes (VP Engineering): #ops"
                expires: 2026-12-31
              - rule: roi-figures
                reason: "no"
            """;

    private static final String NESTED = """
            rules:
              vanity-metrics: gap
              unknown-content: blocker
              checklist-score: warning
              turned-off-later: off
              team-rule:
                kind: min-count
                fields: [success_metrics]
                min: 3
            waivers:
              - {rule: signoff-missing, reason: team, approved_by: Lee, expires: 2027-02-01}
            """;

    /** What the rules are, by id, without where each setting came from. */
    private static Map<String, String> rules(CanvasConfig c) {
        Map<String, String> out = new TreeMap<>();
        for (RuleSpec s : c.specs()) {
            out.put(s.id(), s.kind() + " " + s.severity() + " " + s.effectiveFrom() + " " + new LinkedHashMap<>(s.params()));
        }
        return out;
    }

    private static List<String> disabled(CanvasConfig c) {
        return c.disabled().stream().map(d -> d.substring(0, d.indexOf(" ("))).sorted().toList();
    }

    private static List<String> waivers(CanvasConfig c) {
        return c.waivers().stream().map(w -> String.join("|", w.rule(), w.target(), w.reason(), w.approver(),
                String.valueOf(w.expires()))).toList();
    }

    private static CanvasConfig roundTrip(CanvasConfig c) throws ConfigException {
        String yaml = ConfigYaml.write(c, List.of("a header", "on\nlines"));
        return ConfigLoader.parse(yaml, "printed.yaml");
    }

    @Test
    void theBuiltInRulesReadBackAsThemselves() throws ConfigException {
        CanvasConfig b = ConfigLoader.builtIn();
        CanvasConfig back = roundTrip(b);
        assertThat(rules(back)).isEqualTo(rules(b));
        assertThat(back.disabled()).isEmpty();
        assertThat(back.waivers()).isEmpty();
        assertThat(back.policy()).isEqualTo(CanvasConfig.Policy.STRICT);
    }

    @Test
    void aRootConfigurationReadsBackToTheSameRules() throws ConfigException {
        CanvasConfig c = ConfigLoader.parse(ROOT, ".canvas.yaml");
        CanvasConfig back = roundTrip(c);
        assertThat(rules(back)).isEqualTo(rules(c));
        assertThat(disabled(back)).isEqualTo(disabled(c)).containsExactly("unknown-content", "vanity-metrics");
        assertThat(waivers(back)).isEqualTo(waivers(c)).hasSize(2);
        assertThat(back.policy()).isEqualTo(c.policy()).isEqualTo(new CanvasConfig.Policy(true, true));
        assertThat(back.fieldRefs().stream().map(CanvasConfig.FieldRef::id).distinct().sorted().toList())
                .isEqualTo(c.fieldRefs().stream().map(CanvasConfig.FieldRef::id).distinct().sorted().toList());
    }

    @Test
    void aNestedChainReadsBackToTheSameRulesWithItsWaiversLeftAsComments() throws ConfigException {
        CanvasConfig c = ConfigLoader.parseNested(NESTED, "team/.canvas.yaml", ConfigLoader.parse(ROOT, ".canvas.yaml"));
        assertThat(c.untrustedWaivers()).hasSize(1);
        String yaml = ConfigYaml.write(c, List.of());
        CanvasConfig back = ConfigLoader.parse(yaml, "printed.yaml");
        assertThat(rules(back)).isEqualTo(rules(c));
        assertThat(rules(back)).containsKey("team-rule").doesNotContainKey("turned-off-later");
        // a rule of the project's own that is off is simply not there (it has no built-in to turn off)
        assertThat(disabled(c)).containsExactly("turned-off-later");
        assertThat(disabled(back)).isEmpty();
        assertThat(waivers(back)).isEqualTo(waivers(c));
        // a nested file's waiver is not the root's to give: shown, commented out
        assertThat(back.untrustedWaivers()).isEmpty();
        assertThat(yaml).contains("#   - {rule: signoff-missing, item: \"\", reason: team, approved_by: Lee, expires: 2027-02-01}")
                .contains("# turned-off-later: a rule of the project's own, turned off at team/.canvas.yaml:5:3");
    }

    @Test
    void whatAUserWroteCannotBreakOutOfItsValueOrActOnALog() throws ConfigException {
        String yaml = ConfigYaml.write(ConfigLoader.parse(ROOT, ".canvas.yaml\n::error ::pwned"), List.of("x\n::error ::y"));
        for (String line : yaml.split("\n", -1)) {
            assertThat(line.strip()).doesNotStartWith("::");
            assertThat(line).doesNotContain("##[").doesNotContain("\t").doesNotContain("\r");
        }
        assertThat(yaml).contains("\"tab\\u0009here\"", "\"line\\u000abreak\"", "\"q\\\"uote\\\\\"", "\"yes\"", "\"off\"", "\"12\"",
                "\"ünï €\"", "\"😀\"");
    }
}

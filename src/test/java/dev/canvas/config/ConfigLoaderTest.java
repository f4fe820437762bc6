package dev.canvas.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.canvas.model.Severity;
import dev.canvas.model.Waiver;
import dev.canvas.rules.RuleSpec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code .canvas.yaml} as Jackson binds it: what it gives, and every mistake as one line at its place. */
class ConfigLoaderTest {

    private static final String FILE = ".canvas.yaml";

    private static RuleSpec spec(CanvasConfig c, String id) {
        return c.specs().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /** The one line a user sees for a configuration that is refused. */
    private static String refused(String yaml) {
        try {
            ConfigLoader.parse(yaml, FILE);
        } catch (ConfigException e) {
            assertThat(e.oneLine()).doesNotContain("\n");
            return e.oneLine();
        }
        throw new AssertionError("accepted: " + yaml);
    }

    @Test
    void bindsSettingsRulesAndWaiversInTheFilesOrder() throws ConfigException {
        CanvasConfig c = ConfigLoader.parse("""
                extends: builtin
                allow_canvas_waivers: yes
                rules:
                  gate-unchecked: warning
                  unknown-content: off
                  vanity-metrics: false
                  field-non-answer:
                    extra_phrases: [ask bob]
                    min_words: 3
                    min_words_by_field: {on_call: 12}
                  on-call-paging:
                    kind: pattern-required
                    severity: gap
                    field: on_call
                    pattern: "\\\\bpaged\\\\b"
                    min: 1.50
                    effective_from: 2027-01-01
                waivers:
                  - {rule: gate-unchecked, item: x, reason: soon, approved_by: Dana, expires: 2099-01-01}
                """, FILE);
        assertThat(c.policy()).isEqualTo(new CanvasConfig.Policy(true, false));
        assertThat(spec(c, "gate-unchecked").severity()).isEqualTo(Severity.WARNING);
        assertThat(spec(c, "gate-unchecked").origin()).isEqualTo(".canvas.yaml:4:3");
        assertThat(c.disabled()).containsExactly("unknown-content (.canvas.yaml:5:3)", "vanity-metrics (.canvas.yaml:6:3)");
        RuleSpec nonAnswer = spec(c, "field-non-answer");
        assertThat(nonAnswer.params().get("extra_phrases")).isEqualTo(List.of("ask bob"));
        // numbers as the built-in rule set has them: equal settings compare equal
        assertThat(nonAnswer.params().get("min_words")).isEqualTo(new BigDecimal("3"));
        RuleSpec custom = spec(c, "on-call-paging");
        assertThat(custom.kind()).isEqualTo("pattern-required");
        assertThat(custom.severity()).isEqualTo(Severity.GAP);
        assertThat(custom.params().keySet()).containsExactly("field", "pattern", "min");
        assertThat(custom.params().get("min")).isEqualTo(new BigDecimal("1.50"));
        assertThat(custom.summary()).isEqualTo("pattern-required (field, pattern, min)");
        assertThat(custom.effectiveFrom()).contains(LocalDate.of(2027, 1, 1));
        Waiver w = c.waivers().get(0);
        assertThat(w.rule()).isEqualTo("gate-unchecked");
        assertThat(w.target()).isEqualTo("x");
        assertThat(w.expires()).contains(LocalDate.of(2099, 1, 1));
        assertThat(w.location().toString()).isEqualTo(".canvas.yaml:19:5");
    }

    @Test
    void anEmptyFileIsTheBuiltInRules() throws ConfigException {
        for (String empty : List.of("", "# nothing yet\n", "\n\n")) {
            CanvasConfig c = ConfigLoader.parse(empty, FILE);
            assertThat(c.specs()).isEqualTo(ConfigLoader.builtIn().specs());
            assertThat(c.source()).contains(FILE);
        }
    }

    @Test
    void mistakesOfShapeAreAtTheirKeyWithWhatWasExpected() {
        assertThat(refused("rulez:\n  gate-unchecked: off\n"))
                .startsWith(".canvas.yaml:1:1: invalid configuration: unknown key 'rulez' in the top level; did you mean 'rules'?");
        assertThat(refused("waivers:\n  - {rule: gate-unchecked, reson: r}\n"))
                .startsWith(".canvas.yaml:2:28: invalid configuration: unknown key 'reson' in 'waivers.0'; did you mean 'reason'?");
        assertThat(refused("allow_canvas_waivers: 'true'\n"))
                .startsWith(".canvas.yaml:1:1: invalid configuration: 'allow_canvas_waivers': should be true or false");
        assertThat(refused("rules:\n  gate-unchecked: sometimes\n"))
                .startsWith(".canvas.yaml:2:3: invalid configuration: 'rules.gate-unchecked': not a valid value");
        assertThat(refused("rules:\n  gate-unchecked:\n    severity: high\n"))
                .startsWith(".canvas.yaml:3:5: invalid configuration: 'rules.gate-unchecked.severity': 'high' is not one of off, blocker, gap, warning");
        assertThat(refused("extends: other\n")).contains("'extends': 'other' is not one of builtin");
        assertThat(refused("rules: [a]\n")).startsWith(".canvas.yaml:1:1: invalid configuration: 'rules': should be a mapping");
        assertThat(refused("waivers: {a: 1}\n")).contains("'waivers': should be a list");
        assertThat(refused("- a\n")).startsWith(".canvas.yaml:1:1: invalid configuration: the top level: should be a mapping");
        assertThat(refused("~\n")).contains("the top level: should be a mapping");
        assertThat(refused("waivers:\n  - {rule: gate-unchecked, reason: 5}\n"))
                .startsWith(".canvas.yaml:2:28: invalid configuration: 'waivers.0.reason': should be text");
        assertThat(refused("rules:\n  gate-unchecked:\n")).startsWith(".canvas.yaml:2:3: invalid configuration: 'rules.gate-unchecked': no value given");
        assertThat(refused("waivers:\n  - {rule: gate-unchecked, reason: }\n")).contains("'waivers.0.reason': no value given");
        assertThat(refused("waivers:\n  - {reason: r}\n")).startsWith(".canvas.yaml:2:5: invalid configuration: 'waivers.0' names no rule");
        assertThat(refused("waivers:\n  - {rule: gate-unchecked, expires: 2099-1-1}\n"))
                .contains("'waivers.0.expires': '2099-1-1' is not a date; write it as YYYY-MM-DD");
    }

    @Test
    void mistakesInARulesSettingsAreAtTheSetting() {
        String custom = "rules:\n  x:\n    kind: %s\n    field: %s\n    min: %s\n";
        assertThat(refused(custom.formatted("foo", "on_call", "1")))
                .startsWith(".canvas.yaml:3:5: invalid configuration: 'rules.x.kind': 'foo' is not a kind a configuration can add");
        assertThat(refused(custom.formatted("number-range", "5", "1"))).startsWith(".canvas.yaml:4:5: invalid configuration: 'rules.x.field': should be text");
        assertThat(refused(custom.formatted("number-range", "on_call", "abc"))).startsWith(".canvas.yaml:5:5: invalid configuration: 'rules.x.min': should be a number");
        assertThat(refused("rules:\n  x: {kind: required-field, fields: [on_call, 5]}\n")).contains("'rules.x.fields': should be a list of text");
        assertThat(refused("rules:\n  gate-unchecked: {effective_from: 2027-1-1}\n"))
                .startsWith(".canvas.yaml:2:20: effective_from '2027-1-1' is not a date");
        // a built-in rule's parameter: of its default's type, or left empty (the default holds)
        assertThat(refused("rules:\n  field-non-answer: {min_words: '3]'}\n")).contains("parameter 'min_words' should be a number");
    }

    @Test
    void aBuiltInRulesParameterMayBeLeftEmpty() throws ConfigException {
        CanvasConfig c = ConfigLoader.parse("rules:\n  field-non-answer: {min_words: }\n", FILE);
        assertThat(spec(c, "field-non-answer").params()).containsEntry("min_words", null);
    }

    @Test
    void yamlAConfigurationHasNoUseForIsRefusedAtItsLine() {
        assertThat(refused("rules:\n  gate-unchecked: warning\n  gate-unchecked: off\n"))
                .startsWith(".canvas.yaml:3:3: key 'gate-unchecked' appears twice in the same mapping (first at line 2)");
        assertThat(refused("rules: {}\n---\nrules: {}\n")).startsWith(".canvas.yaml:2:1: configuration holds more than one YAML document");
        assertThat(refused("rules:\n  gate-unchecked: &w warning\n  vanity-metrics: *w\n"))
                .startsWith(".canvas.yaml:3:19: configuration uses an alias (*w)");
        assertThat(refused("rules:\n  gate-unchecked: !!python/object:os.system warning\n"))
                .startsWith(".canvas.yaml:2:19: configuration has a tag it cannot use");
        assertThat(refused("rules:\n  ? [a]\n  : off\n")).startsWith(".canvas.yaml:2:5: configuration has a key that is a list");
        assertThat(refused("rules:\n  field-non-answer:\n    x: " + "[".repeat(100) + "]".repeat(100) + "\n"))
                .contains("configuration is nested more than 64 levels deep");
        assertThat(refused("rules:\n a: b\n  c: d\n"))
                .startsWith(".canvas.yaml:3:4: configuration is not valid YAML: mapping values are not allowed here; quote text");
        // a YAML mistake is reported as such, even after a value that does not bind
        assertThat(refused("rules:\n  a: [unclosed\n")).startsWith(".canvas.yaml:3:1: configuration is not valid YAML");
        assertThat(refused("rules:\n  gate-unchecked: \u0007off\n")).contains("configuration holds a character YAML does not allow (U+0007)");
    }

    @Test
    void aNestedFileCannotGiveItselfTrustAndIsToldWhere() throws ConfigException {
        CanvasConfig root = ConfigLoader.parse("rules:\n  gate-unchecked: warning\n", FILE);
        assertThatThrownBy(() -> ConfigLoader.parseNested("rules: {}\nallow_canvas_waivers: false\n", "team/" + FILE, root))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'allow_canvas_waivers' is a setting of the repository root's .canvas.yaml only")
                .satisfies(e -> assertThat(((ConfigException) e).location().toString()).isEqualTo("team/.canvas.yaml:2:1"));
        assertThatThrownBy(() -> ConfigLoader.parseNested("rules:\n  gate-unchecked: off\n", "team/" + FILE, root))
                .hasMessageContaining("cannot turn off rule 'gate-unchecked'");
        // restating the root's settings relaxes nothing
        CanvasConfig same = ConfigLoader.parseNested("rules:\n  roi-figures: {tolerance_points: 5}\n", "team/" + FILE, root);
        assertThat(spec(same, "roi-figures").params()).isEqualTo(spec(root, "roi-figures").params());
    }
}

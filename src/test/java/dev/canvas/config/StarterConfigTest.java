package dev.canvas.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.rules.RuleSet;
import dev.canvas.rules.RuleSpec;
import dev.canvas.template.BundledDefinitions;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The starter {@code .canvas.yaml} of {@code canvas init --config}: valid as written, and shows every key. */
class StarterConfigTest {

    private static final String TEXT = StarterConfig.text();

    /** Every example uncommented: a line '#' then YAML (at column 0, or indented two spaces or more) loses its '#'. */
    private static String uncommented() {
        StringBuilder sb = new StringBuilder();
        for (String line : TEXT.split("\n", -1)) {
            boolean example = line.startsWith("#") && line.length() > 1 && (line.charAt(1) != ' ' || line.startsWith("#  "));
            sb.append(example ? line.substring(1) : line).append('\n');
        }
        return sb.toString();
    }

    private static Map<String, String> rules(CanvasConfig c) {
        Map<String, String> out = new TreeMap<>();
        for (RuleSpec s : c.specs()) {
            out.put(s.id(), s.kind() + " " + s.severity() + " " + s.effectiveFrom() + " " + s.params());
        }
        return out;
    }

    @Test
    void asWrittenItIsValidAndChangesNothingAtTheRootOrNested() throws ConfigException {
        CanvasConfig root = ConfigLoader.parse(TEXT, ".canvas.yaml");
        assertThat(rules(root)).isEqualTo(rules(ConfigLoader.builtIn()));
        assertThat(root.disabled()).isEmpty();
        assertThat(root.waivers()).isEmpty();
        assertThat(root.policy()).isEqualTo(CanvasConfig.Policy.STRICT);
        // in a folder below the root too: it gives nothing only the root may give
        CanvasConfig nested = ConfigLoader.parseNested(TEXT, "team/.canvas.yaml", ConfigLoader.builtIn());
        assertThat(rules(nested)).isEqualTo(rules(ConfigLoader.builtIn()));
    }

    @Test
    void everyExampleUncommentedIsAValidRootConfigurationForTheBundledTemplates() throws ConfigException {
        String all = uncommented();
        assertThat(all).doesNotContain("\n#rules:", "\n#  ");
        CanvasConfig c = ConfigLoader.parse(all, ".canvas.yaml");
        List<CanvasDefinition> templates = new ArrayList<>();
        BundledDefinitions.KINDS.forEach(k -> templates.add(BundledDefinitions.of(k).orElseThrow()));
        ConfigLoader.checkFields(c, templates);
        assertThat(c.policy()).isEqualTo(new CanvasConfig.Policy(true, true));
        assertThat(c.disabled()).singleElement().asString().startsWith("vanity-metrics (");
        assertThat(c.waivers()).hasSize(2);
        // each kind a configuration can add has its example
        List<String> kinds = c.specs().stream().filter(s -> !RuleSet.isBuiltIn(s.id())).map(RuleSpec::kind).sorted().toList();
        assertThat(kinds).containsExactlyElementsOf(new TreeSet<>(RuleSet.CONFIGURABLE_KINDS));
        assertThat(rules(c)).isNotEqualTo(rules(ConfigLoader.builtIn()));
    }

    /** The names a record's components bind (their @JsonProperty). */
    private static List<String> keys(Class<?> record) {
        List<String> out = new ArrayList<>();
        for (RecordComponent rc : record.getRecordComponents()) {
            JsonProperty p = rc.getAccessor().getAnnotation(JsonProperty.class); // it reaches the accessor, not the component
            out.add(p != null ? p.value() : rc.getName());
        }
        return out;
    }

    @Test
    void itNamesEveryKeyTheConfigurationReaderAccepts() {
        List<String> keys = new ArrayList<>(keys(ConfigFile.class));
        keys.addAll(ConfigFile.Keys.NAMES);
        keys.addAll(keys(ConfigFile.Waiver.class));
        keys.addAll(ConfigLoader.TYPED_PARAMS.keySet());
        assertThat(keys).contains("extends", "allow_canvas_waivers", "allow_nested_relaxing", "rules", "waivers",
                "effective_from", "approved_by", "pattern");
        String all = uncommented();
        for (String k : keys) {
            assertThat(all).as("the starter shows key '" + k + "' in use")
                    .containsPattern(Pattern.compile("(?m)^\\s*(- )?" + Pattern.quote(k) + ":"));
        }
        for (String kind : RuleSet.CONFIGURABLE_KINDS) {
            assertThat(TEXT).as("the starter names kind " + kind).contains(kind);
        }
        // and explains each top-level key in prose before its line
        for (String k : keys(ConfigFile.class)) {
            assertThat(TEXT).as("explained: " + k).containsPattern("(?m)^# " + Pattern.quote(k) + "\\b");
        }
    }
}

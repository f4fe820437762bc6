package dev.canvas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.check.CanvasChecker;
import dev.canvas.check.CheckOptions;
import dev.canvas.config.CanvasConfig;
import dev.canvas.config.ConfigLoader;
import dev.canvas.model.FileResult;
import dev.canvas.model.Finding;
import dev.canvas.model.RuleInfo;
import dev.canvas.model.Severity;
import dev.canvas.model.Verdict;
import dev.canvas.readiness.ReadinessChecklistLoader;
import dev.canvas.template.TemplateLoader;
import dev.canvas.text.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Every rule has a case that passes and one that fails (src/test/resources/rules/rule-cases.yaml). */
class RuleCasesTest {

    static CanvasChecker checker;
    static List<Map<String, Object>> cases;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws Exception {
        checker = new CanvasChecker(ReadinessChecklistLoader.addTo(
                TemplateLoader.bundled(TemplateLoader.BUNDLED_PRODUCTION)), canvasWaiversAllowed(),
                new CheckOptions(SourceText.DEFAULT_MAX_BYTES, LocalDate.of(2026, 11, 22)));
        Map<String, Object> root = new Yaml().load(Files.readString(Path.of("src/test/resources/rules/rule-cases.yaml")));
        cases = (List<Map<String, Object>>) root.get("cases");
    }

    /** The built-in rules, where canvases may carry waivers (the waiver-invalid cases are written in the canvas). */
    private static CanvasConfig canvasWaiversAllowed() {
        var b = ConfigLoader.builtIn();
        return new CanvasConfig(b.source(), b.specs(), b.disabled(), b.waivers(),
                new CanvasConfig.Policy(true, false), List.of(), List.of());
    }

    @Test
    void everyRuleHasACase() {
        Set<String> covered = cases.stream().map(c -> (String) c.get("rule")).collect(Collectors.toSet());
        assertThat(covered).containsAll(checker.rules().catalog().stream().map(RuleInfo::id).toList());
    }

    @Test
    void theBasesAreGo() throws Exception {
        for (String base : List.of("examples/go.yaml", "examples/go.md")) {
            FileResult r = checker.check(Path.of(base), base);
            assertThat(r.findings()).as(base).isEmpty();
            assertThat(r.decision().verdict()).isEqualTo(Verdict.GO);
        }
    }

    @TestFactory
    Stream<DynamicTest> passAndFail() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> c : cases) {
            String rule = (String) c.get("rule");
            tests.add(DynamicTest.dynamicTest(rule + " passes", () -> run(c, "pass", false)));
            tests.add(DynamicTest.dynamicTest(rule + " fails", () -> run(c, "fail", true)));
        }
        return tests.stream();
    }

    @SuppressWarnings("unchecked")
    private static void run(Map<String, Object> c, String which, boolean expectFinding) throws Exception {
        String rule = (String) c.get("rule");
        String base = (String) c.get("base");
        Map<String, Object> edit = (Map<String, Object>) c.get(which);
        String text = Files.readString(Path.of(base), StandardCharsets.UTF_8);
        if (edit.containsKey("raw")) {
            text = (String) edit.get("raw");
        } else if (edit.containsKey("replace")) {
            for (List<String> r : (List<List<String>>) edit.get("replace")) {
                text = text.replace(r.get(0), r.get(1));
            }
        } else if (!edit.isEmpty()) {
            Map<String, Object> data = new Yaml().load(text);
            for (Map.Entry<String, Object> e : edit.entrySet()) {
                set(data, e.getKey(), e.getValue());
            }
            DumperOptions o = new DumperOptions();
            o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            text = new Yaml(o).dump(data);
        }
        // the canvas lives next to the examples, so relative evidence links resolve as they would there
        String display = base.replace("go.", "case-" + rule + "-" + which + ".");
        FileResult r = checker.check(SourceText.ok(text), display);
        List<Finding> mine = r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
        if (expectFinding) {
            assertThat(mine).as(rule + " should report on: " + edit).isNotEmpty();
            Severity s = checker.rules().spec(rule).orElseThrow().severity();
            Verdict expected = s == Severity.BLOCKER ? Verdict.DO_NOT_DEPLOY : s == Severity.GAP ? Verdict.FIX_GAPS : null;
            if (expected != null) {
                assertThat(r.decision().verdict().ordinal()).as("verdict of " + rule).isGreaterThanOrEqualTo(expected.ordinal());
            }
        } else {
            assertThat(mine).as(rule + " should not report on: " + edit).isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    private static void set(Map<String, Object> data, String path, Object value) {
        String[] keys = path.split("\\.");
        Map<String, Object> m = data;
        for (int i = 0; i < keys.length - 1; i++) {
            m = (Map<String, Object>) m.computeIfAbsent(keys[i], k -> new LinkedHashMap<>());
        }
        if (value == null) {
            m.remove(keys[keys.length - 1]);
        } else {
            m.put(keys[keys.length - 1], value);
        }
    }
}

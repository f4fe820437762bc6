package dev.canvas.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.parse.YamlTreeReader;
import dev.canvas.schema.fast.SubsetValidator;
import dev.canvas.template.BundledDefinitions;
import dev.canvas.template.TemplateLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The subset validator ({@link SubsetValidator}, the fast path of {@link SchemaValidator}) says "conforms" exactly
 * when everit does: on every YAML canvas of the project, and on thousands
 * of variants of the examples' data (each value replaced by every other kind of value, keys added and removed).
 */
class SubsetValidatorTest {

    private static final List<Object> REPLACEMENTS = List.of("text", "", "2026-11-16", "2026-1-1", true, false,
            new BigDecimal("3"), new BigDecimal("1.5"), new LinkedHashMap<>(), new LinkedHashMap<>(Map.of("name", "A")),
            new LinkedHashMap<>(Map.of("rule", "x")), new ArrayList<>(), new ArrayList<>(List.of("a")),
            new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("rule", "x", "expires", "2026-12-31")))));
    private static final List<String> EXTRA_KEYS = List.of("x-note", "x-", "ax-b", "unknown", "name", "date", "rule", "canvas");

    private static SchemaValidator validator(CanvasDefinition d) {
        SchemaValidator v = new SchemaValidator(CanvasSchema.of(d), d);
        assertThat(v.subset()).as("the subset validator reads %s's schema", d.kind()).isPresent();
        return v;
    }

    private static int[] compare(SchemaValidator v, Object data, int[] counts) {
        boolean everit = v.everitValid(data);
        assertThat(v.subset().orElseThrow().conforms(data)).as("subset validator on %s", data).isEqualTo(everit);
        counts[everit ? 0 : 1]++;
        return counts;
    }

    private static Object read(Path p) throws IOException {
        return YamlTreeReader.read(p.toString(), new String(Files.readAllBytes(p), StandardCharsets.UTF_8), 0, "canvas").tree()
                .map(t -> t.data()).orElse(null);
    }

    @Test
    void everyYamlCanvasOfTheProjectIsJudgedAsEveritJudgesIt() throws IOException {
        List<SchemaValidator> validators = List.of(validator(BundledDefinitions.of("production").orElseThrow()),
                validator(BundledDefinitions.of("poc").orElseThrow()));
        int[] counts = new int[2];
        for (String root : List.of("examples", "src/test/resources")) {
            try (Stream<Path> s = Files.walk(Path.of(root))) {
                for (Path p : s.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList()) {
                    Object data = read(p);
                    if (data != null) {
                        validators.forEach(v -> compare(v, data, counts));
                    }
                }
            }
        }
        assertThat(counts[0]).as("valid").isGreaterThan(10);
        assertThat(counts[1]).as("invalid").isGreaterThan(50);
    }

    @Test
    void variantsOfTheExamplesAreJudgedAsEveritJudgesThem() throws IOException {
        SchemaValidator prod = validator(BundledDefinitions.of("production").orElseThrow());
        int[] counts = new int[2];
        for (String f : List.of("examples/go.yaml")) {
            Object data = read(Path.of(f));
            compare(prod, data, counts);
            variants(data, data, counts, prod, 0);
        }
        assertThat(counts[0] + counts[1]).as("variants").isGreaterThan(2000);
        assertThat(counts[0]).as("valid variants").isGreaterThan(500);
    }

    /** Every value under {@code node} replaced by each replacement, every map given each extra key or a key less. */
    @SuppressWarnings("unchecked")
    private static void variants(Object root, Object node, int[] counts, SchemaValidator v, int depth) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> map = (Map<String, Object>) m;
            for (String key : List.copyOf(map.keySet())) {
                Object old = map.get(key);
                int i = 0;
                for (Object r : REPLACEMENTS) {
                    if (depth < 2 || i++ % 7 == key.length() % 7) { // deep down, two of them
                        map.put(key, copy(r));
                        compare(v, root, counts);
                    }
                }
                map.put(key, null);
                compare(v, root, counts);
                map.remove(key);
                compare(v, root, counts);
                map.put(key, old);
                variants(root, old, counts, v, depth + 1);
            }
            for (String extra : EXTRA_KEYS) {
                if (!map.containsKey(extra)) {
                    map.put(extra, "text");
                    compare(v, root, counts);
                    map.remove(extra);
                }
            }
        } else if (node instanceof List<?> l) {
            List<Object> list = (List<Object>) l;
            for (int i = 0; i < list.size(); i++) {
                Object old = list.get(i);
                for (Object r : REPLACEMENTS) {
                    list.set(i, copy(r));
                    compare(v, root, counts);
                }
                list.set(i, old);
                variants(root, old, counts, v, depth + 1);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object copy(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> c = new LinkedHashMap<>();
            m.forEach((k, x) -> c.put((String) k, copy(x)));
            return c;
        }
        if (o instanceof List<?> l) {
            List<Object> c = new ArrayList<>();
            l.forEach(x -> c.add(copy(x)));
            return c;
        }
        return o;
    }

    @Test
    void aCustomTemplatesSchemaIsInTheSubsetToo() throws Exception {
        validator(TemplateLoader.load(Path.of("src/test/resources/templates/mini-tmpl.yaml")));
    }

    @Test
    void aSchemaWithAKeywordItDoesNotKnowHasNone() {
        assertThat(SubsetValidator.of(Map.of("type", "object", "minProperties", 1))).isEmpty();
        assertThat(SubsetValidator.of(Map.of("type", "number"))).isEmpty();
        assertThat(SubsetValidator.of(Map.of("additionalProperties", Map.of("type", "string")))).isEmpty();
        assertThat(SubsetValidator.of(Map.of("type", "object", "description", "d", "properties", Map.of("a", Map.of("type", "string")))))
                .isPresent();
    }
}

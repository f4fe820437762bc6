package dev.canvas.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.parse.fast.PlainYamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PlainYamlReader gives exactly what snakeyaml's reading gives (data, types, every location), or gives up. Checked
 * on every YAML file of the project and of BMAD's fixtures, on thousands of mutations of the example canvases, on
 * hand-written edge cases, and by fuzzing ({@link PlainYamlReaderFuzzTest}).
 */
class PlainYamlReaderTest {

    /** Whether the plain reader read {@code text}; when it did, its tree is snakeyaml's, with no finding. */
    static boolean sameAsSnakeyaml(String text) {
        Optional<DataTree> plain = PlainYamlReader.read("c.yaml", text, 3);
        if (plain.isEmpty()) {
            return false;
        }
        YamlTreeReader.Result snake = YamlTreeReader.readWithSnakeyaml("c.yaml", text, 3, "canvas");
        assertThat(snake.findings()).as("snakeyaml's findings for what the plain reader read:\n%s", text).isEmpty();
        assertThat(snake.tree()).as("snakeyaml's tree of:\n%s", text).isPresent();
        assertThat(plain.get().data()).as("data of:\n%s", text).isEqualTo(snake.tree().get().data());
        assertThat(plain.get().locations()).as("locations in:\n%s", text).isEqualTo(snake.tree().get().locations());
        assertThat(plain.get().textLocations()).as("text locations in:\n%s", text).isEqualTo(snake.tree().get().textLocations());
        // and in the same order (Map.equals does not look at it; the answers of a canvas follow it)
        assertThat(String.valueOf(plain.get().data())).as("order of:\n%s", text)
                .isEqualTo(String.valueOf(snake.tree().get().data()));
        return true;
    }

    private static List<Path> yamlFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String root : List.of("examples", "templates", "src/test/resources", "src/main/resources", "../shared/fixtures/bmad")) {
            if (!Files.isDirectory(Path.of(root))) {
                continue;
            }
            try (Stream<Path> s = Files.walk(Path.of(root))) {
                s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    private static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    @Test
    void everyYamlFileOfTheProjectReadsAsSnakeyamlReadsIt() throws IOException {
        int read = 0;
        List<Path> files = yamlFiles();
        for (Path p : files) {
            if (sameAsSnakeyaml(read(p))) {
                read++;
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(read).as("files the plain reader read").isGreaterThan(files.size() / 3);
    }

    @Test
    void theExampleCanvasesAreInTheSubset() throws IOException {
        for (String f : List.of("examples/go.yaml", "examples/fix-gaps.yaml", "examples/do-not-deploy.yaml")) {
            assertThat(sameAsSnakeyaml(read(Path.of(f)))).as(f).isTrue();
        }
    }

    /** Each example canvas with one line changed, in every way below, at every line. */
    @Test
    void mutationsOfTheExamplesReadAsSnakeyamlReadsThem() throws IOException {
        String[] inserts = {" ", "  ", "#", " #", ":", ": ", "- ", "\"", "'", "|", ">", "{", "}", "[", "]", ",", "&a ", "*a",
            "!", "%", "@", "`", "?", "\\", "\t", "\r", "\u0085", "\u2028", "\uFEFF", "😀", "é", "~", "/", "yes", "null", "1.5",
            "0x1F", "---", "...", "<<: ", "\"a\": ", "'it''s'"};
        int checked = 0;
        int read = 0;
        for (String f : List.of("examples/go.yaml", "examples/fix-gaps.yaml", "examples/do-not-deploy.yaml")) {
            String[] lines = read(Path.of(f)).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                List<String> variants = new ArrayList<>();
                variants.add(join(lines, i, null)); // line removed
                variants.add(join(lines, i, lines[i] + "\n" + lines[i])); // line twice
                variants.add(join(lines, i, " " + lines[i]));
                variants.add(join(lines, i, lines[i].stripLeading()));
                variants.add(join(lines, i, lines[i] + "   "));
                String line = lines[i];
                int[] at = {0, line.indexOf(':') + 1, line.indexOf(": ") + 2, line.length() / 2, line.length()};
                for (int k = 0; k < 3; k++) { // three of the insertions, a different three on each line
                    String ins = inserts[(i * 3 + k) % inserts.length];
                    int a = at[(i + k) % at.length];
                    if (a >= 0 && a <= line.length()) {
                        variants.add(join(lines, i, line.substring(0, a) + ins + line.substring(a)));
                    }
                }
                for (String v : variants) {
                    checked++;
                    if (sameAsSnakeyaml(v)) {
                        read++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(4000);
        assertThat(read).as("variants the plain reader read").isGreaterThan(checked / 4);
    }

    /** The lines with line {@code i} replaced, or removed when {@code replacement} is null. */
    private static String join(String[] lines, int i, String replacement) {
        List<String> out = new ArrayList<>(List.of(lines));
        if (replacement == null) {
            out.remove(i);
        } else {
            out.set(i, replacement);
        }
        return String.join("\n", out);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: 1\n", "a: 1", "a:\n", "a:\nb: 2\n", "a: ~\nb: null\nc: Null\nd: NULL\n", "a: yes\nb: No\nc: on\nd: OFF\ne: y\nf: n\n",
        "a: true\nb: False\n", "a: 1_000\nb: -5\nc: +5\nd: 0x1F\ne: 0o17\nf: 017\ng: 1.5e3\nh: .inf\ni: -.Inf\nj: .NaN\nk: 1:30\n",
        "a: 2026-11-16\nb: 2026-11-16T10:00:00Z\n", "a: =\n", "a: text # comment\n", "a: text#not\n", "a: 'it''s'\n",
        "a: \"x\"   # c\n", "a: \"x\"#c\n", "a: \"\"\nb: ''\n", "\"a b\": 1\n'c': 2\n", "a b: 1\n", "a  : 1\n", "a:b: 1\n",
        "a: b: c\n", "a: b:c\n", "a: b :c\n", "a: -b\n", "a: - b\n", "a: ?b\n", "a: :b\n", "a: [1, two, \"three\"]\n",
        "a: []\nb: {}\n", "a: [1, 2,]\n", "a: [1, [2]]\n", "a: {b: [], c: {}, d: [1, {e: 2}], f: {g: [x, 'y']}}\n", "a: [{b: 1}, [2, 3] ]\n",
        "a: {b: [1, 2}\n", "a: [{b: 1]\n", "a: {[1]: 2}\n", "a: {b: [1,]}\n", "a: {x: 1, y: \"2\"}\n", "a: {x: 1,y: 2}\n", "a: {x:1}\n",
        "a: {x: 1, x: 2}\n", "a: {x: 1\n", "a: [1,\n  2]\n", "a: {'k': v}\n", "a: {k: 'v'}\n", "a: [a b, c d]\n",
        "a: |\n  one\n  two\n", "a: |-\n  one\n  two\n", "a: |+\n  one\n\n\n", "a: |\n  one\n\n  two\n\n", "a: >\n  one\n  two\n",
        "a: >-\n  one\n  two\n\n  three\n", "a: >+\n  one\n\n", "a: >\n  one\n    more\n  two\n", "a: |\n    deep\n  less\n",
        "a: |\n  x\n   \n  y\n", "a: |\n  x\n      \n  y\n", "a: |2\n  x\n", "a: | # c\n  x\n", "a: |x\n  y\n",
        "a: |\n\n  x\n", "a: >\n\n  x\n", "a: |\n  x", "a: |\n  # not a comment\n  x\nb: 1\n", "a: |\nb: 1\n",
        "a: |\n  x\n # c\nb: 1\n", "a: |\n  x\n# c\nb: 1\n", "a: |\n  x\r\n  y\r\nb: 1\r\n", "a: 1\r\nb: 2\r\n", "a: 1\rb: 2\n",
        "a:\n  b:\n    c: 1\n  d: 2\n", "a:\n  - 1\n  - 2\n", "a:\n- 1\n- 2\nb: 3\n", "- 1\n- 2\n", "- a: 1\n  b: 2\n- c: 3\n",
        "- - 1\n", "-\n  a: 1\n", "- \n", "a:\n  - b: 1\n    c: |\n      x\n  - d\n", "a: 1\n b: 2\n", "a: 1\n  b: 2\n",
        " a: 1\n b: 2\n", "a: x\n  y\n", "a: x\n\n  y\n", "a: x\n  # c\n", "a: \"x\n  y\"\n", "a: 'x\n  y'\n",
        "a: \"x\\ty\"\n", "a: \"\\n\\t\\\\ \\\" \\/ \\0 \\a \\e \\N \\_ \\L \\P \\x41 \\u00e9 \\U0001F600\"\n",
        "a: \"\\q\"\n", "a: \"\\x4\"\n", "a: \"\\uD800\"\n", "a: \"x\\\n  y\"\n", "\"a\\tb\": 1\n",
        "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: !x 1\n", "%YAML 1.1\n---\na: 1\n", "---\na: 1\n",
        "a: 1\n...\n", "a: 1\n---\nb: 2\n", "? a\n: 1\n", "a: 1\na: 2\n", "<<: {a: 1}\n", "a: \t1\n", "\ta: 1\n",
        "a: 😀 x\nb: 1\n", "a: {k: 😀, j: 2}\n", "😀: 1\nb: 2\n", "a: é\n", "a: \u0085\n", "a: \u2028\n", "\uFEFFa: 1\n",
        "a: \uD800\n", "a/b: 1\nc~d: 2\n", "# only a comment\n", "", "\n\n", "a\n", "[1, 2]\n", "a: 1\n# end\n", "  # c\na: 1\n",
        "a: x\n\n\nb: y\n", "a: 1   \nb: 2\n", "a: 'x' y\n", "a: \"x\" y\n", "a: |\n  x\n  \n", "a: |\n  x\n    \n"})
    void edgeCasesReadAsSnakeyamlReadsThemOrGiveUp(String text) {
        sameAsSnakeyaml(text);
    }

    @Test
    void theSubsetCoversWhatCanvasesUse() {
        assertThat(sameAsSnakeyaml("canvas: production\nproject: \"Agent 1\"\nprerequisites:\n  a: true\nsquares:\n"
                + "  goal: |\n    Fewer errors.\n    - a list\n  other: >-\n    Folded\n    text.\n"
                + "signoffs:\n  lead: {name: \"Tomasz Wójcik\", date: \"2026-11-16\"}\nwaivers:\n  - rule: x\n    reason: y\n")).isTrue();
        assertThat(sameAsSnakeyaml("a: 1\r\nb: |\r\n  x\r\n")).isTrue();
        assertThat(sameAsSnakeyaml("a: 😀 x\nb: {k: 😀, j: 2}\n")).isTrue();
        assertThat(sameAsSnakeyaml("fail: \"canvas: production\\nsquares:\\n  outcome: \\\"fine\\\"\"\n")).isTrue();
    }

    @Test
    void whatTheSubsetLeavesOutGoesToSnakeyaml() {
        for (String text : List.of("a: &x 1\nb: *x\n", "a: \"\\q\"\n", "a: 1\na: 2\n", "a: x\n  y\n", "---\na: 1\n",
                "\ta: 1\n", "a: |2\n  x\n", "a: b: c\n", "", "# c\n", "a: 1\rb: 2\n",
                "k".repeat(300) + ": 1\n")) {
            assertThat(PlainYamlReader.read("c.yaml", text, 0)).as(text).isEmpty();
        }
    }

    @Test
    void readThroughYamlTreeReaderItIsTheSameResult() {
        String text = "canvas: production\nsquares:\n  goal: |\n    Fewer errors.\n  n: 3\n";
        assertThat(YamlTreeReader.read("c.yaml", text, 0, "canvas")).isEqualTo(YamlTreeReader.readWithSnakeyaml("c.yaml", text, 0, "canvas"));
    }
}

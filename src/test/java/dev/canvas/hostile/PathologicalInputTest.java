package dev.canvas.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.markdown.CanvasMarkdown;
import dev.canvas.markdown.LlmGuidance;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.parse.MarkdownCanvasParser;
import dev.canvas.parse.ParsedCanvas;
import dev.canvas.parse.YamlCanvasParser;
import dev.canvas.readiness.ReadinessChecklistLoader;
import dev.canvas.template.TemplateLoader;
import dev.canvas.text.Excerpt;
import dev.canvas.text.Mojibake;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs that make a naive parser take quadratic time or overflow its stack (after commonmark's and cmark's
 * pathological tests), each about 512 KB, parsed under a timeout far below what the quadratic cases took before
 * they were bounded (from 20 seconds to many minutes). A finding, not an exception, is the answer to each.
 */
class PathologicalInputTest {

    private static final int SIZE = 1 << 19;
    private static MarkdownCanvasParser markdown;
    private static YamlCanvasParser yaml;

    @BeforeAll
    static void parsers() throws Exception {
        CanvasDefinition def = ReadinessChecklistLoader.addTo(TemplateLoader.bundled(TemplateLoader.BUNDLED_PRODUCTION));
        markdown = new MarkdownCanvasParser(def);
        yaml = new YamlCanvasParser(def);
    }

    /** {@code unit} repeated to about {@link #SIZE} characters, after {@code prefix}. */
    private static String fill(String prefix, String unit) {
        return prefix + unit.repeat(Math.max(1, (SIZE - prefix.length()) / unit.length()));
    }

    static Stream<Arguments> markdownCases() {
        List<Arguments> cases = new ArrayList<>();
        String[][] patterns = {
                {"unclosed angle brackets", "", "<"},
                {"unclosed autolinks", "", "<a:"},
                {"unclosed HTML comments", "", "a <!-- b "},
                {"unclosed declarations", "", "<!A "},
                {"unclosed CDATA", "", "<![CDATA[ "},
                {"unclosed processing instructions", "", "<? "},
                {"unclosed link destinations", "", "[a](<b "},
                {"unclosed link titles", "", "[a](b \"c "},
                {"reference definitions", "", "[a]: <b\n"},
                {"nested emphasis", "", "*a _"},
                {"strong emphasis runs", "", "**"},
                {"nested brackets", "", "["},
                {"nested images", "", "!["},
                {"backtick runs", "", "`a``"},
                {"entities", "", "&#"},
                {"one paragraph of angle-bracket lines", "", "<\n"},
                {"one paragraph of bracket lines", "", "[\n"},
                {"a paragraph of lines that could start lists", "", "(x\n"},
                {"block quotes on one line", "", "> "},
                {"block quotes without spaces", "", ">"},
                {"list items on one line", "", "- "},
                {"block quotes and lists on one line", "", "> - "},
                {"unclosed LLM guidance", "", "[[LLM: "},
                {"unclosed LLM guidance lines", "", "[[LLM: x\n"},
                {"mojibake lead bytes", "", "\u00c2"},
                {"mojibake pairs", "", "\u00c3\u00a9\u00c2"},
                {"phase heading with a run of spaces", "## PHASE 1: a", " "},
                {"square heading with a run of tabs", "### Square 1: a", " \t"},
                {"sign-off with a run of commas", "## Sign-offs\n\n- Security officer: Priya", ","},
                {"one-line paragraphs", "", "x\n\n"},
                {"lone carriage returns", "", "a\r"},
                {"repeated questions", "### Square 1: A\n\n", "**Which outcome metrics will measure ongoing success?**\n\n"},
                {"unknown boxes", "**Prerequisites:**\n\n", "- [ ] something else\n"},
        };
        for (String[] p : patterns) {
            cases.add(Arguments.of(p[0], fill(p[1], p[2])));
        }
        StringBuilder stairs = new StringBuilder();
        for (int i = 0; stairs.length() < SIZE; i++) {
            stairs.append("  ".repeat(i % 1000)).append("- [ ] x\n");
        }
        cases.add(Arguments.of("a staircase of nested boxes", stairs.toString()));
        return cases.stream();
    }

    @ParameterizedTest(name = "Markdown: {0}")
    @MethodSource("markdownCases")
    @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void markdownIsParsedInBoundedTime(String name, String text) {
        ParsedCanvas parsed = markdown.parse("hostile.md", text);
        assertThat(parsed.document()).isNotNull();
        parsed.document().findings().forEach(f -> assertThat(f.message()).doesNotContain("\n").hasSizeLessThan(1000));
    }

    static Stream<Arguments> yamlCases() {
        StringBuilder laughs = new StringBuilder("canvas: production\nx-a0: &a0 [lol, lol]\n");
        for (int i = 1; i <= 24; i++) {
            laughs.append("x-a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        return Stream.of(
                Arguments.of("alias doubling", laughs.toString()),
                Arguments.of("flow sequences", fill("canvas: production\nx: ", "[")),
                Arguments.of("flow mappings", fill("canvas: production\nx: ", "{a: ")),
                Arguments.of("block sequences on one line", fill("canvas: production\nx:\n", "- ")),
                Arguments.of("list items", fill("canvas: production\nx:\n", "- a\n")),
                Arguments.of("duplicate keys", fill("canvas: production\n", "k: v\n")),
                Arguments.of("a long plain value", fill("canvas: production\nproject: ", "a")),
                Arguments.of("a long key", fill("canvas: production\nsquares:\n  ? ", "k") + "\n  : v\n"),
                Arguments.of("lone carriage returns", fill("canvas: production\r", "k: v\r")),
                Arguments.of("unclosed quotes", fill("canvas: production\n", "x: \"")),
                Arguments.of("anchors", fill("canvas: production\n", "- &a x\n")));
    }

    @ParameterizedTest(name = "YAML: {0}")
    @MethodSource("yamlCases")
    @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void yamlIsParsedInBoundedTime(String name, String text) {
        ParsedCanvas parsed = yaml.parse("hostile.yaml", text);
        assertThat(parsed.document()).isNotNull();
        parsed.document().findings().forEach(f -> assertThat(f.message()).doesNotContain("\n").hasSizeLessThan(1000));
    }

    @Test
    @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void textHelpersAreLinear() {
        assertThat(Mojibake.repair("\u00c2".repeat(SIZE))).hasSize(SIZE);
        assertThat(Mojibake.repair("\u00e2\u0153\u2026 ".repeat(SIZE / 4))).startsWith("\u2705 ");
        assertThat(LlmGuidance.blank("[[LLM: ".repeat(SIZE / 7))).hasSize(SIZE / 7 * 7);
        assertThat(CanvasMarkdown.phase("PHASE 1: a" + " ".repeat(SIZE) + "b")).isPresent();
        assertThat(Excerpt.of("x".repeat(SIZE))).hasSize(Excerpt.MAX_CHARS + 1);
    }

    /**
     * A gate of 40,000 boxes (4 MB) that are no item, each worded with the template's own words: every one used to be
     * compared with every item of every checklist, twice (to match it and to suggest one), 8.7 MB of them 70 s of
     * CPU. Each box now costs its words and the items sharing them, and only the first
     * {@value MarkdownCanvasParser#MAX_UNKNOWN_ITEMS} are reported one by one, the rest in one finding.
     */
    @Test
    @Timeout(value = 8, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void unknownChecklistItemsAreMatchedInBoundedTime() {
        String[] words = "data model routing cost monitoring agent user policy review pipeline memory strategy tested documented latency budget quality results evidence".split(" ");
        StringBuilder sb = new StringBuilder("## PHASE 1: PRODUCT AND SCALE PLANNING\n\n**Validation Gate:**\n\n"
                + "- [x] POC results documented with evidence\n");
        java.util.Random random = new java.util.Random(15);
        int boxes = 40_000;
        for (int i = 0; i < boxes; i++) {
            sb.append("- [ ]");
            for (int w = 0; w < 12; w++) {
                sb.append(' ').append(words[random.nextInt(words.length)]);
            }
            sb.append(" item ").append(i).append(i % 500 == 499 ? "\n\n" : "\n");
        }
        List<dev.canvas.model.Finding> findings = markdown.parse("hostile.md", sb.toString()).document().findings();
        assertThat(findings).hasSize(MarkdownCanvasParser.MAX_UNKNOWN_ITEMS + 1);
        assertThat(findings.get(findings.size() - 1).message())
                .startsWith((boxes - MarkdownCanvasParser.MAX_UNKNOWN_ITEMS) + " more checklist items are not in the template");
    }
}

package dev.canvas.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.junit.jupiter.api.Test;

/**
 * {@link FastInlines} makes the trees commonmark's own inline parser makes: every Markdown file of the project
 * (test resources, examples), canvases built from their lines, and random text over the characters that matter are
 * parsed with {@link CanvasMarkdown#parser()} and with {@link CanvasMarkdown#referenceParser()} (commonmark's
 * inline parser for every block), and the trees compared node for node: kind, every property, source spans.
 */
class FastInlinesMdTest {

    /** Node getters that are the tree's structure, compared by walking it. */
    private static final Set<String> STRUCTURE = Set.of("getNext", "getPrevious", "getFirstChild", "getLastChild",
            "getParent", "getClass");

    /** The tree as text: one line per node, indented by depth, with its kind and properties. */
    static String dump(Node root) {
        StringBuilder sb = new StringBuilder();
        dump(root, 0, sb);
        return sb.toString();
    }

    private static void dump(Node node, int depth, StringBuilder sb) {
        sb.append("  ".repeat(Math.min(depth, 100))).append(depth).append(' ').append(node.getClass().getName());
        Method[] methods = node.getClass().getMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method m : methods) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || STRUCTURE.contains(m.getName())
                    || !(m.getName().startsWith("get") || m.getName().startsWith("is"))) {
                continue;
            }
            Object v;
            try {
                v = m.invoke(node);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            sb.append(' ').append(m.getName()).append('=');
            if (v instanceof List<?> spans && m.getName().equals("getSourceSpans")) {
                for (Object o : spans) {
                    SourceSpan s = (SourceSpan) o;
                    sb.append('[').append(s.getLineIndex()).append(',').append(s.getColumnIndex()).append(',')
                            .append(s.getInputIndex()).append(',').append(s.getLength()).append(']');
                }
            } else {
                sb.append('<').append(v).append('>');
            }
        }
        sb.append('\n');
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            dump(c, depth + 1, sb);
        }
    }

    private static void assertSameTree(String name, String text) {
        CanvasMarkdown.Parsed fast = CanvasMarkdown.parse(text, false);
        CanvasMarkdown.Parsed reference = CanvasMarkdown.parse(text, true);
        assertThat(dump(fast.document())).as(name).isEqualTo(dump(reference.document()));
        assertThat(fast.problem()).as(name).isEqualTo(reference.problem());
        assertThat(MarkdownLimits.firstProblem(fast.document())).as(name).isEqualTo(firstProblemOfEveryNode(fast.document()));
    }

    /** {@link MarkdownLimits#firstProblem} as it was: every node of the tree looked at, inline ones too. */
    private static java.util.Optional<dev.canvas.text.InputProblem> firstProblemOfEveryNode(Node document) {
        Node n = document.getFirstChild();
        while (n != null) {
            if (n instanceof MarkdownLimits.TooDeep) {
                return java.util.Optional.of(new dev.canvas.text.InputProblem(CanvasMarkdown.line(n), "lists or block quotes are nested more than "
                        + MarkdownLimits.MAX_NESTING + " levels deep; the rest of the line was not read",
                        "flatten the nesting: a canvas needs only a few levels"));
            }
            if (n instanceof MarkdownLimits.Unparsed u) {
                return java.util.Optional.of(new dev.canvas.text.InputProblem(CanvasMarkdown.line(n.getParent()), "this paragraph was read as plain text: "
                        + u.reason(), "split it into shorter paragraphs, or put it in a code block"));
            }
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                continue;
            }
            while (n != null && n != document && n.getNext() == null) {
                n = n.getParent();
            }
            n = n == null || n == document ? null : n.getNext();
        }
        return java.util.Optional.empty();
    }

    @Test
    void textsTheLimitsCutGiveTheSameTree() {
        assertSameTree("deep quotes", "# T\n\n" + "> ".repeat(40) + "deep\n\nafter\n");
        assertSameTree("deep list", "- ".repeat(40) + "[ ] deep box\n- [x] a\n");
        assertSameTree("deep list", "- a\n" + "  - b\n".repeat(3) + "- ".repeat(35) + "x\n\n**Q?**\n");
        assertSameTree("emphasis", "# T\n\n" + "*a _".repeat(600) + "x\n\n- [ ] " + "[".repeat(1001) + "\n");
        assertSameTree("angles", "# T\n\n" + "<".repeat(20_000) + "\n\n" + "<".repeat(20_000) + "\n\n**Q**\n");
        assertSameTree("images", "![".repeat(2000) + "a](x)\n");
        assertSameTree("long run", "a\n".repeat(MarkdownLimits.MAX_RUN_LINES + 5) + "\n- [ ] b\n");
        assertThat(CanvasMarkdown.parse("> ".repeat(40) + "deep\n").problem()).isPresent();
        assertThat(CanvasMarkdown.parse("- [ ] " + "[".repeat(1001) + "\n").problem()).isPresent();
    }

    static List<Path> markdownFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : new String[] {"src/test/resources", "examples", "templates", "src/main/resources"}) {
            Path d = Path.of(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(d)) {
                s.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".md") || p.toString().endsWith(".markdown")))
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void everyMarkdownFileOfTheProjectGivesTheSameTree() throws IOException {
        List<Path> files = markdownFiles();
        assertThat(files).hasSizeGreaterThan(50);
        for (Path p : files) {
            String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            assertSameTree(p.toString(), text);
            // as the canvas reader gives it to commonmark: guidance blanked
            assertSameTree(p + " (guidance blanked)", CanvasMarkdown.blankGuidance(text, new ArrayList<>()));
        }
    }

    @Test
    void canvasesMadeOfTheProjectsLinesGiveTheSameTree() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path p : markdownFiles()) {
            lines.addAll(Arrays.asList(new String(Files.readAllBytes(p), StandardCharsets.UTF_8).split("\n", -1)));
        }
        Random random = new Random(42);
        for (int doc = 0; doc < 300; doc++) {
            StringBuilder sb = new StringBuilder();
            int start = random.nextInt(lines.size());
            int count = 1 + random.nextInt(120);
            for (int i = 0; i < count; i++) {
                // mostly runs of consecutive lines, sometimes a line from elsewhere
                String line = random.nextInt(8) == 0 ? lines.get(random.nextInt(lines.size())) : lines.get((start + i) % lines.size());
                sb.append(line).append(random.nextInt(20) == 0 ? "  \n" : "\n");
            }
            assertSameTree("generated canvas " + doc, sb.toString());
        }
    }

    /** Pieces that random text is made of: what the fast shapes are made of, and what is near them. */
    private static final String[] PIECES = {
        "a", "b", "word ", " ", "  ", "\t", "\n", "\n\n", "  \n", "\t\n", " \n", "[", "]", "[ ]", "[x]", "[X]", "!", "![",
        "&", "& ", "&amp;", "&#35;", "&x", "&;", "*", "**", "***", "_", "__", "\\", "`", "<", ">", "(", ")", "](", "][", ":",
        "?", ".", ",", "-", "- ", "- [ ] ", "* ", "1. ", "# ", "## ", "> ", "{{id}}", "é", "€", "\u00a0", "\u2014", "😀",
        "\ud83d", "\ude00", "\u2003", "x", "\u0000", "\r", "\r\n", "[x]: /url\n\n", "[a]: /a\n\n", "    ", "```\n", "---\n",
        "<!-- c -->", "**Q?**", "**Q:** ", "** Q**", "**Q **", "**!**", "*Q*", "\u0085", "\u2028", "\u2029", "- [x] a\u2028b",
    };

    @Test
    void randomTextGivesTheSameTree() {
        Random random = new Random(7);
        for (int doc = 0; doc < 20_000; doc++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(doc % 10 == 0 ? 200 : 25);
            for (int i = 0; i < pieces; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            assertSameTree("random " + doc + ": " + text.replace("\n", "\\n"), text);
        }
    }

    @Test
    void boldParagraphsAndBoxesGiveTheSameTree() {
        String[] inner = {"Q?", "What is it?", " Q", "Q ", "!", "?!", "(a)", "\u2014", "é", "😀", "a😀", "😀a", "\u00a0a",
            "a\u00a0", "\u2003", "x"};
        String[] after = {"", ":", " ", "  ", "\t", " rest", ":rest", "a", "?", " {{id}}", "\u00a0", "😀", "\u2014x", "é"};
        for (String i : inner) {
            for (String a : after) {
                for (String before : new String[] {"", "x", " ", "- ", "# "}) {
                    assertSameTree("bold", before + "**" + i + "**" + a + "\n");
                    assertSameTree("box", "- [ ] " + i + a + "\n- [x]" + a + i + "\n");
                }
            }
        }
        // a box's text is what '.' matches: no line terminator
        for (String t : new String[] {"\u0085", "\u2028", "\u2029", "\r", "a\u2028b", "\u2029 x"}) {
            assertSameTree("terminator", "- [x] a" + t + "\n- [ ] " + t + "b\n- [X]" + t + "\n");
        }
        // link reference definitions make brackets links
        assertSameTree("definitions", "- [x] done\n- [ ] open\n\n[x]: /url\n[ ]: /blank\n");
        assertSameTree("definitions", "[foo] and [bar] and [a [foo] b]\n\n[foo]: /foo\n");
        assertSameTree("definitions", "[[foo]]\n\n[foo]: /foo\n");
        assertSameTree("definitions", "[foo\nbar] x\n\n[foo bar]: /foo\n");
        assertSameTree("full reference", "[foo][bar] and [x][] and - [ ][bar]\n\n[bar]: /bar\n");
        assertSameTree("full reference", "- [x][bar] done\n\n[bar]: /bar\n");
        assertSameTree("inline link", "[foo](/url) and [x] (/not) and - [ ](/url)\n- [x](y) z\n");
        assertSameTree("image", "![foo] ![x](/i.png) ![[x]]\n\n[foo]: /foo\n");
    }
}

package dev.canvas.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.text.InputProblem;
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
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

/**
 * What {@link MarkdownReader} gives: the limits the user is told about, at their lines; commonmark's own bound on
 * inline nesting; task boxes; and the same tree whether a text is read as a string or with its first lines blanked
 * in place.
 */
class MarkdownReaderMdTest {

    /** Node getters that are the tree's structure, compared by walking it. */
    private static final Set<String> STRUCTURE = Set.of("getNext", "getPrevious", "getFirstChild", "getLastChild",
            "getParent", "getClass");

    /** The tree as text: one line per node, indented by depth, with its kind and every property. */
    static String dump(Node root) {
        StringBuilder sb = new StringBuilder();
        dump(root, 0, sb);
        return sb.toString();
    }

    /** The property getters of each node class, by name. */
    private static final Map<Class<?>, List<Method>> GETTERS = new ConcurrentHashMap<>();

    private static List<Method> getters(Class<?> c) {
        return GETTERS.computeIfAbsent(c, k -> Arrays.stream(k.getMethods())
                .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && !STRUCTURE.contains(m.getName())
                        && (m.getName().startsWith("get") || m.getName().startsWith("is")))
                .sorted(Comparator.comparing(Method::getName)).toList());
    }

    private static void dump(Node node, int depth, StringBuilder sb) {
        sb.append("  ".repeat(Math.min(depth, 100))).append(depth).append(' ').append(node.getClass().getName());
        for (Method m : getters(node.getClass())) {
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

    /** The depth of the deepest node, found without recursion. */
    private static int depth(Node root) {
        int max = 0;
        int d = 0;
        Node n = root;
        while (n != null) {
            max = Math.max(max, d);
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                d++;
                continue;
            }
            while (n != root && n.getNext() == null) {
                n = n.getParent();
                d--;
            }
            n = n == root ? null : n.getNext();
        }
        return max;
    }

    @Test
    void nestingDeeperThanTheLimitIsAProblemAtItsLine() {
        for (String deep : new String[] {"> ".repeat(40) + "deep\n", "- ".repeat(40) + "[ ] deep box\n", ">".repeat(10_000) + " x\n"}) {
            MarkdownReader.Parsed parsed = MarkdownReader.parse("# T\n\n" + deep + "\nafter\n");
            assertThat(parsed.problem()).hasValueSatisfying(p -> {
                assertThat(p.line()).isEqualTo(3);
                assertThat(p.message()).contains("nested more than " + NestingLimit.MAX_NESTING + " levels deep");
            });
        }
        String justDeepEnough = "> ".repeat(NestingLimit.MAX_NESTING) + "deep\n";
        assertThat(MarkdownReader.parse(justDeepEnough).problem()).isEmpty();
    }

    @Test
    void theFirstProblemIsTheOneOnTheEarliestLine() {
        String longRun = "a\n".repeat(LineLimits.MAX_RUN_LINES + 5);
        String deep = "> ".repeat(40) + "deep\n";
        assertThat(MarkdownReader.parse(deep + "\n" + longRun).problem()).map(InputProblem::line).hasValue(1);
        assertThat(MarkdownReader.parse(longRun + "\n" + deep).problem()).map(InputProblem::line)
                .hasValue(LineLimits.MAX_RUN_LINES + 1);
    }

    @Test
    void inlineNestingIsBoundedByCommonmark() {
        String[] units = {"*a _", "**", "_", "[", "![", "*[", "<", "`a``"};
        for (String unit : units) {
            // under the limits of InlineLimits, left to commonmark
            for (String text : new String[] {unit.repeat(400) + "x\n", unit.repeat(300) + "x" + "]".repeat(300) + "\n"}) {
                MarkdownReader.Parsed parsed = MarkdownReader.parse(text);
                assertThat(parsed.problem()).as(unit).isEmpty();
                assertThat(depth(parsed.document())).as(unit).isLessThan(MarkdownReader.MAX_INLINE_NESTING + 10);
            }
        }
    }

    @Test
    void aParagraphWithTooMuchInlineMarkupIsPlainTextAtItsLine() {
        String marks = "*a _".repeat(600) + "x";
        MarkdownReader.Parsed parsed = MarkdownReader.parse("# T\n\n" + marks + "\n");
        assertThat(parsed.problem()).hasValueSatisfying(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("this paragraph was read as plain text: it has 1200 emphasis or link characters"
                    + " ('*', '_', '['), over the limit of 1000 in one paragraph");
        });
        Node paragraph = parsed.document().getLastChild();
        assertThat(paragraph.getFirstChild()).isInstanceOf(InlineLimits.Unparsed.class).isSameAs(paragraph.getLastChild());
        assertThat(((Text) paragraph.getFirstChild()).getLiteral()).isEqualTo(marks);

        String angles = "<".repeat(20_000);
        parsed = MarkdownReader.parse("# T\n\n" + angles + "\n\n" + angles + "\n\n**Q**\n");
        assertThat(parsed.problem()).map(InputProblem::message)
                .hasValue("this paragraph was read as plain text: it has 20000 '<' characters in 20000 characters, too many"
                        + " to read as Markdown in bounded time");

        // a box keeps its marker; its text is kept as written
        Node list = MarkdownReader.parse("- [x] " + "[".repeat(1001) + "\n- [ ] b\n").document().getFirstChild();
        ListItem item = (ListItem) list.getFirstChild();
        assertThat(item.getFirstChild()).isInstanceOfSatisfying(TaskListItemMarker.class, m -> assertThat(m.isChecked()).isTrue());
        assertThat(CanvasMarkdown.taskText(item)).hasValue("[".repeat(1001));
        assertThat(CanvasMarkdown.taskText((ListItem) item.getNext())).hasValue("b");
    }

    /** The blocks after the first: their dumps. */
    private static String afterFirst(Node doc) {
        StringBuilder sb = new StringBuilder();
        for (Node b = doc.getFirstChild().getNext(); b != null; b = b.getNext()) {
            sb.append(dump(b));
        }
        return sb.toString();
    }

    /**
     * A text with a paragraph over the limits is parsed twice ({@link InlineLimits#parse}): every other block is as
     * commonmark reads it in one parse, for every Markdown file of the project after such a paragraph.
     */
    @Test
    void aParagraphOverTheLimitsChangesNoOtherBlock() throws IOException {
        // (not '<': once a paragraph has spent the document's budget for '<', every later one with a '<' is text)
        String[] hostile = {"*a _".repeat(600), "- [ ] " + "[".repeat(1001), "> a" + "*".repeat(1001), "# " + "_".repeat(1001)};
        for (Path p : markdownFiles()) {
            String file = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            if (InlineLimits.mayExceed(file)) {
                continue; // hostile itself (a fuzzing seed)
            }
            String h = hostile[Math.floorMod(p.hashCode(), hostile.length)];
            String text = h + "\n\n" + file;
            Node once = MarkdownReader.PARSER.parse(text);
            Node twice = InlineLimits.parse(text, MarkdownReader.PARSER, MarkdownReader.Hostile.CHECK);
            assertThat(afterFirst(twice)).as(p.toString()).isEqualTo(afterFirst(once));
            assertThat(hasUnparsed(twice.getFirstChild())).as(p.toString()).isTrue();
        }
    }

    /** Where the cheap scan says no paragraph may exceed a limit, none does. */
    @Test
    void theScanFindsEveryTextWithAParagraphOverTheLimits() {
        String[] pieces = {"a", " ", "\t", "\n", "\n\n", "\r\n", "\r", "*", "_", "[", "<", "<".repeat(50), "*".repeat(100),
            "[".repeat(300), "> ", "- ", "\t- ", "1. ", "# ", "    ", "```\n", "[x]: /u\n", "\t>\t", "</", "x\n===\n"};
        Random random = new Random(23);
        int flagged = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int count = 1 + random.nextInt(i % 10 == 0 ? 2000 : 200);
            for (int k = 0; k < count; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            boolean overTheLimits = hasUnparsed(MarkdownReader.Hostile.CHECK.parse(text));
            if (!InlineLimits.mayExceed(text)) {
                assertThat(overTheLimits).as(text).isFalse();
            } else {
                flagged++;
            }
        }
        assertThat(flagged).isGreaterThan(10);
    }

    /** Whether an {@link InlineLimits.Unparsed} is under {@code doc}. */
    private static boolean hasUnparsed(Node doc) {
        Node n = doc;
        while (n != null) {
            if (n instanceof InlineLimits.Unparsed) {
                return true;
            }
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                continue;
            }
            while (n != doc && n.getNext() == null) {
                n = n.getParent();
            }
            n = n == doc ? null : n.getNext();
        }
        return false;
    }

    @Test
    void boxesAreTaskListMarkers() {
        Node doc = MarkdownReader.parse("- [x] done\n- [ ] open\n- [X]\tcaps\n- [] none\n- [x]no space\n").document();
        List<String> read = new ArrayList<>();
        for (Node n = doc.getFirstChild().getFirstChild(); n != null; n = n.getNext()) {
            ListItem item = (ListItem) n;
            read.add((item.getFirstChild() instanceof TaskListItemMarker m ? (m.isChecked() ? "x " : "o ") : "- ")
                    + CanvasMarkdown.taskText(item).orElse(CanvasMarkdown.text(item.getLastChild())));
        }
        assertThat(read).containsExactly("x done", "o open", "x caps", "- [] none", "- [x]no space");
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

    /**
     * A canvas's body is read with its front matter's lines blanked in place ({@link MarkdownReader#parse(String, int,
     * int, int)}): the tree is the one of the string it stands for, for every Markdown file of the project.
     */
    @Test
    void aTextWithItsFirstLinesBlankedInPlaceGivesTheTreeOfTheString() throws IOException {
        List<Path> files = markdownFiles();
        assertThat(files).hasSizeGreaterThan(50);
        for (Path p : files) {
            String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            // the first line left empty in place, and one more blank line before it
            int from = text.indexOf('\n') + 1;
            int blank = 2;
            String asString = "\n".repeat(blank) + text.substring(from);
            int lineBreaks = (int) asString.chars().filter(c -> c == '\n' || c == '\r').count();
            MarkdownReader.Parsed inPlace = MarkdownReader.parse(text, blank, from, lineBreaks);
            MarkdownReader.Parsed whole = MarkdownReader.parse(asString);
            assertThat(dump(inPlace.document())).as(p.toString()).isEqualTo(dump(whole.document()));
            assertThat(inPlace.problem()).as(p.toString()).isEqualTo(whole.problem());
        }
    }
}

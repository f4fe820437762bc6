package dev.canvas.markdown;

import dev.canvas.text.InputProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.Block;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLines;

/**
 * Keeps as plain text ({@link Unparsed}, which readers report) a paragraph or heading whose inline markup would cost
 * too much to parse: more than {@link #MAX_NESTING_MARKS} emphasis or link characters, or {@code <} that would cost
 * more scanning than the document's budget has left. commonmark bounds their nesting, but a 10 MB paragraph of them
 * still costs seconds and gigabytes; real canvases are far below both limits.
 *
 * <p>commonmark's public API has no way to leave one paragraph's inline content unparsed, so a text that may hold
 * such a paragraph (a cheap scan of its runs of lines, {@link #mayExceed}) is parsed twice ({@link #parse}): first
 * with inline parsing replaced by the check alone ({@link Check}), which finds those paragraphs exactly; then as
 * usual, with their markup characters made plain letters (which changes no block: only paragraph and heading content
 * is touched, and no character that can start a block is made), and their content then put back as written.
 */
final class InlineLimits {

    /** Emphasis and link characters ({@code * _ [}) in one paragraph beyond which it is read as plain text. */
    static final int MAX_NESTING_MARKS = 1000;
    /**
     * Characters scanned after {@code <} (its distance to the end of its paragraph, summed) that one document may
     * cost; each paragraph that would exceed what is left is read as plain text.
     */
    static final long ANGLE_SCAN_BUDGET = 20_000_000L;
    /** What the markup characters of a paragraph kept as plain text are made for the second parse. */
    private static final char PLAIN = 'x';

    private InlineLimits() {
    }

    /** The text of a paragraph or heading that was too costly to parse for inline markup, kept as written. */
    static final class Unparsed extends Text {
        private final String reason;

        Unparsed(String literal, String reason) {
            super(literal);
            this.reason = reason;
        }

        /** Why it was not parsed, for the user. */
        String reason() {
            return reason;
        }
    }

    /** The problem to report for a node, if it is {@link Unparsed}: at the line of its block. */
    static Optional<InputProblem> problem(Node n) {
        if (n instanceof Unparsed u) {
            return Optional.of(new InputProblem(CanvasMarkdown.line(n.getParent()), "this paragraph was read as plain text: "
                    + u.reason(), "split it into shorter paragraphs, or put it in a code block"));
        }
        return Optional.empty();
    }

    /**
     * Whether some paragraph of {@code text} may exceed a limit: counted over each run of lines without a blank line
     * (which holds any paragraph whole), from above. When not, no paragraph does. Linear.
     */
    static boolean mayExceed(String text) {
        int n = text.length();
        int marks = 0; // in the current run
        long angles = 0; // '<' in the current run, and the sum of their indexes
        long angleIndexes = 0;
        long angleScan = 0; // of the runs before, from above
        int runEnd = 0; // where the last line that is not blank ends
        boolean blank = true; // the current line, so far
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                continue; // "\r\n" ends a line at its '\n'
            }
            if (c == '\n' || c == '\r') {
                if (blank) {
                    angleScan += angles * runEnd - angleIndexes;
                    angles = 0;
                    angleIndexes = 0;
                    marks = 0;
                } else {
                    runEnd = i;
                }
                blank = true;
            } else if (c != ' ' && c != '\t') {
                blank = false;
                if (c == '*' || c == '_' || c == '[') {
                    if (++marks > MAX_NESTING_MARKS) {
                        return true;
                    }
                } else if (c == '<') {
                    angles++;
                    angleIndexes += i;
                }
            }
        }
        angleScan += angles * runEnd - angleIndexes;
        // a paragraph's content may be longer than its lines in the text (a tab becomes up to four spaces)
        return 4 * angleScan > ANGLE_SCAN_BUDGET;
    }

    /**
     * Parses {@code text} with {@code parser}, each paragraph and heading over a limit kept as plain text;
     * {@code check} is the same parser with {@link Check} as its inline parser.
     */
    static Node parse(String text, Parser parser, Parser check) {
        List<Node> unparsed = new ArrayList<>(); // the blocks of the first parse that hold an Unparsed
        collect(check.parse(text), unparsed);
        if (unparsed.isEmpty()) {
            return parser.parse(text);
        }
        char[] plain = text.toCharArray();
        for (Node block : unparsed) {
            for (SourceSpan s : block.getSourceSpans()) {
                for (int i = s.getInputIndex(), end = i + s.getLength(); i < end; i++) {
                    if (isMarkup(plain[i])) {
                        plain[i] = PLAIN;
                    }
                }
            }
        }
        Node doc = parser.parse(new String(plain));
        Map<List<Object>, Node> byPlace = new HashMap<>();
        forEachBlock(doc, b -> {
            if (b instanceof Paragraph || b instanceof Heading) {
                byPlace.put(place(b), b);
            }
        });
        for (Node first : unparsed) {
            Node second = byPlace.get(place(first));
            if (second != null) {
                putBack(first, second);
            }
        }
        return doc;
    }

    /** The block, its kind and its first source span: where it is, the same in both parses. */
    private static List<Object> place(Node block) {
        SourceSpan s = block.getSourceSpans().isEmpty() ? null : block.getSourceSpans().get(0);
        return s == null ? List.of(block.getClass(), -1, -1) : List.of(block.getClass(), s.getLineIndex(), s.getColumnIndex());
    }

    /**
     * Gives the block {@code second} of the second parse the content of {@code first}, its place in the first: its
     * {@link Unparsed} text, and for the first paragraph of a list item, the box the first parse found in it (the
     * second parse read letters there).
     */
    private static void putBack(Node first, Node second) {
        while (second.getFirstChild() != null) {
            second.getFirstChild().unlink();
        }
        Node text = first.getFirstChild();
        text.unlink();
        second.appendChild(text);
        if (first.getParent() instanceof ListItem && second.getParent() instanceof ListItem item
                && (first.getPrevious() == null || first.getPrevious() instanceof TaskListItemMarker)) {
            if (item.getFirstChild() instanceof TaskListItemMarker wrong) {
                wrong.unlink();
            }
            if (first.getPrevious() instanceof TaskListItemMarker box) {
                box.unlink();
                item.prependChild(box);
            }
        }
    }

    private static void collect(Node doc, List<Node> unparsed) {
        forEachBlock(doc, b -> {
            if (b.getFirstChild() instanceof Unparsed) {
                unparsed.add(b);
            }
        });
    }

    /** Calls {@code action} on every block under {@code doc}, in document order, without recursion (trees are deep). */
    private static void forEachBlock(Node doc, Consumer<Node> action) {
        Node n = doc.getFirstChild();
        while (n != null) {
            if (n instanceof Block) {
                action.accept(n);
                if (n.getFirstChild() != null) {
                    n = n.getFirstChild();
                    continue;
                }
            }
            while (n != doc && n.getNext() == null) {
                n = n.getParent();
            }
            n = n == doc ? null : n.getNext();
        }
    }

    /** The characters commonmark's inline parser looks at, but for the line break. */
    private static boolean isMarkup(char c) {
        return c == '*' || c == '_' || c == '[' || c == ']' || c == '!' || c == '<' || c == '`' || c == '&' || c == '\\';
    }

    /**
     * The inline parser of the first parse: only decides which paragraphs and headings exceed a limit, and gives each
     * an {@link Unparsed} text; the others are left empty. One per document (commonmark makes one for each parse),
     * which keeps the document's budget for {@code <}.
     */
    static final class Check implements InlineParser {
        private long angleBudget = ANGLE_SCAN_BUDGET;

        Check(InlineParserContext context) {
            // nothing of the context is needed: no markup is parsed
        }

        @Override
        public void parse(SourceLines lines, Node block) {
            String content = lines.getContent();
            int n = content.length();
            int marks = 0;
            long angleScan = 0;
            int angles = 0;
            for (int i = 0; i < n; i++) {
                char c = content.charAt(i);
                if (c == '*' || c == '_' || c == '[') {
                    marks++;
                } else if (c == '<') {
                    angles++;
                    angleScan += n - i;
                }
            }
            if (marks > MAX_NESTING_MARKS) {
                block.appendChild(new Unparsed(content, "it has " + marks + " emphasis or link characters ('*', '_', '['), over the limit of "
                        + MAX_NESTING_MARKS + " in one paragraph"));
                return;
            }
            if (angleScan > angleBudget) {
                block.appendChild(new Unparsed(content, "it has " + angles + " '<' characters in " + n
                        + " characters, too many to read as Markdown in bounded time"));
                angleBudget = 0;
                return;
            }
            angleBudget -= angleScan;
        }
    }
}

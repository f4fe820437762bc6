package dev.canvas.markdown;

import dev.canvas.text.InputProblem;
import java.util.Optional;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Bounds on what commonmark-java (0.24) is asked to parse, so that hostile Markdown costs bounded time and stack.
 * Without them, 10,000 nested block quotes or list items, or a few thousand nested emphasis or link openers,
 * overflow the stack (the parser and its visitors recurse), and every {@code <} that no {@code >} closes
 * rescans the rest of its paragraph (quadratic: a 1 MB line of {@code <} takes minutes).
 *
 * <ul>
 *   <li>Block nesting: a list item or block quote deeper than {@link #MAX_NESTING} levels is not opened; the
 *       rest of its line becomes a {@link TooDeep} block, which readers report.</li>
 *   <li>Paragraph length: commonmark copies a paragraph's lines for every line of it that could start a list
 *       (quadratic in the paragraph's length). Before parsing, lines after the first {@link #MAX_RUN_LINES} of a
 *       run without a blank line are blanked (line numbers kept) and reported.</li>
 *   <li>Length: commonmark spends a few microseconds on every block, so a file of millions of one-line blocks
 *       takes tens of seconds. Only the first {@link #MAX_LINES} lines are parsed; the rest is reported.</li>
 *   <li>Inline markup: a paragraph or heading with more than {@link #MAX_NESTING_MARKS} emphasis or link
 *       characters, or whose {@code <} would cost more scanning than the document's budget has left, is kept as
 *       plain text (an {@link Unparsed} node), which readers report. Real canvases are far below both limits.</li>
 * </ul>
 */
public final class MarkdownLimits {

    /** List items and block quotes nested deeper than this are not read: a canvas needs a few levels. */
    public static final int MAX_NESTING = 32;
    /** Lines of a document read as Markdown; a canvas has a few hundred. */
    public static final int MAX_LINES = 100_000;
    /** Lines without a blank line between them read as Markdown; a canvas's longest runs have a few dozen. */
    public static final int MAX_RUN_LINES = 1000;
    /** Emphasis and link characters ({@code * _ [}) in one paragraph beyond which it is read as plain text. */
    public static final int MAX_NESTING_MARKS = 1000;
    /**
     * Characters scanned after {@code <} (its distance to the end of its paragraph, summed) that one document may
     * cost; each paragraph that would exceed what is left is read as plain text. About 0.1 s of parsing.
     */
    static final long ANGLE_SCAN_BUDGET = 20_000_000L;

    private MarkdownLimits() {
    }

    /** The rest of a line nested deeper than {@link #MAX_NESTING}: not parsed, reported. */
    public static final class TooDeep extends CustomBlock {
    }

    /** The text of a paragraph or heading that was too costly to parse for inline markup, kept as written. */
    public static final class Unparsed extends Text {
        private final String reason;

        Unparsed(String literal, String reason) {
            super(literal);
            this.reason = reason;
        }

        /** Why it was not parsed, for the user. */
        public String reason() {
            return reason;
        }
    }

    /**
     * Tried before commonmark's own block starts: starts a {@link TooDeep} leaf where a new block would be nested
     * deeper than the limit.
     */
    static final class BlockLimits extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            int depth = 0;
            for (Node n = matched.getMatchedBlockParser().getBlock(); n != null; n = n.getParent()) {
                if (n instanceof ListItem || n instanceof BlockQuote) {
                    depth++;
                }
                if (n instanceof TooDeep) {
                    return BlockStart.none();
                }
            }
            if (depth <= MAX_NESTING) { // a 33rd level may open, but nothing is read inside it
                return BlockStart.none();
            }
            return BlockStart.of(new TooDeepParser()).atIndex(state.getNextNonSpaceIndex());
        }
    }

    /** One line, not parsed further. */
    private static final class TooDeepParser extends AbstractBlockParser {
        private final TooDeep block = new TooDeep();

        @Override
        public org.commonmark.node.Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }

        @Override
        public void addLine(SourceLine line) {
            // the content is not needed: only where it is
        }
    }

    /**
     * commonmark's inline parser, except for paragraphs whose markup would cost unbounded stack or time; one
     * instance per document (commonmark creates one for each parse), which keeps the document's budget. Content of
     * the shapes {@link FastInlines} knows is turned into the same nodes without commonmark's parser, which is
     * then only made when some content needs it.
     */
    static final class BoundedInlineParser implements InlineParser {
        private final InlineParserContext context;
        /** Null when every content is given to commonmark's parser. */
        private final FastInlines fast;
        private InlineParser delegate;
        /** U+0085, U+2028, U+2029: line terminators that '.' of a pattern does not match, not special to commonmark. */
        private static final int TERMINATOR = 1 << 7;
        private long angleBudget = ANGLE_SCAN_BUDGET;
        /** The characters of the content being parsed. */
        private char[] chars = new char[256];

        BoundedInlineParser(InlineParserContext context) {
            this(context, true);
        }

        /** With {@code fast} false, every content is given to commonmark's parser (to compare with). */
        BoundedInlineParser(InlineParserContext context, boolean fast) {
            this.context = context;
            this.fast = fast ? new FastInlines(context) : null;
        }

        @Override
        public void parse(SourceLines lines, Node block) {
            java.util.List<SourceLine> list = lines.getLines();
            // the content as SourceLines.getContent() joins it: one line is its own string
            String content = list.size() == 1 && list.get(0).getContent() instanceof String line ? line : lines.getContent();
            int n = content.length();
            if (chars.length < n) {
                chars = new char[Math.max(n, 2 * chars.length)];
            }
            char[] s = chars;
            content.getChars(0, n, s, 0); // read from an array: C1 reads a string of non-Latin-1 text char by char slowly
            int marks = 0;
            long angleScan = 0;
            int angles = 0;
            int kinds = 0;
            int firstBracket = -1;
            int lastBracket = -1;
            for (int i = 0; i < n; i++) {
                char c = s[i];
                int kind = c < 128 ? FastInlines.SPECIAL[c] : c == '\u0085' || c == '\u2028' || c == '\u2029' ? TERMINATOR : 0;
                if (kind != 0) {
                    kinds |= kind;
                    if (c == '*' || c == '_' || c == '[') {
                        marks++;
                    } else if (c == '<') {
                        angles++;
                        angleScan += n - i;
                    }
                    if (kind == FastInlines.BRACKET) {
                        if (firstBracket < 0) {
                            firstBracket = i;
                        }
                        lastBracket = i;
                    }
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
            if (fast != null) {
                // a heading's line has a source span (its inline nodes get theirs), a paragraph's lines none
                SourceSpan span = list.size() == 1 ? list.get(0).getSourceSpan() : null;
                if ((span != null || noSpans(list)) && fast.parse(content, kinds & ~TERMINATOR, firstBracket, lastBracket, block, span)) {
                    // the first paragraph of a list item: its box, if it has one, found now (its text is final)
                    if (block instanceof Paragraph && block.getPrevious() == null && block.getParent() instanceof ListItem item
                            && block.getFirstChild() instanceof Text text) {
                        TaskListBoxes.box(item, text, (kinds & (FastInlines.NEWLINE | TERMINATOR)) != 0);
                    }
                    return;
                }
            }
            if (delegate == null) {
                delegate = new InlineParserImpl(context);
            }
            delegate.parse(lines, block);
        }

        /** Whether the lines carry no source spans (inline nodes would get theirs: left to commonmark). */
        private static boolean noSpans(java.util.List<SourceLine> lines) {
            for (SourceLine l : lines) {
                if (l.getSourceSpan() != null) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Text made ready for the parser: long runs of lines cut (blanked), and the first place that was cut. */
    record Prepared(String text, Optional<InputProblem> problem) {
    }

    /**
     * Blanks the lines of each run of non-blank lines after its first {@link #MAX_RUN_LINES}, keeping every line
     * break so that line numbers do not move, and drops what follows line {@link #MAX_LINES}. Linear; returns
     * {@code text} itself when nothing is cut.
     */
    static Prepared prepare(String text) {
        return prepare(text, -1);
    }

    /**
     * {@link #prepare(String)} of a text of {@code lineBreaks} line-break characters ('\n' and '\r'), counted by
     * the caller, or -1 when not counted.
     */
    static Prepared prepare(String text, int lineBreaks) {
        if (lineBreaks >= 0 ? lineBreaks < MAX_RUN_LINES : fewLines(text)) {
            return new Prepared(text, Optional.empty());
        }
        StringBuilder out = null;
        Optional<InputProblem> problem = Optional.empty();
        int run = 0;
        int line = 1;
        int copied = 0;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            if (line > MAX_LINES && start < n) {
                if (out == null) {
                    out = new StringBuilder(start);
                }
                out.append(text, copied, start);
                InputProblem tooLong = new InputProblem(line, "the file has more than " + MAX_LINES
                        + " lines; from here on it was not read (a canvas has a few hundred)", "check that this is the right file");
                return new Prepared(out.toString(), problem.isPresent() ? problem : Optional.of(tooLong));
            }
            // a line ends at \n, \r or \r\n, as commonmark reads it
            int end = start;
            boolean blank = true;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                char c = text.charAt(end);
                blank &= c == ' ' || c == '\t';
                end++;
            }
            run = blank ? 0 : run + 1;
            if (run > MAX_RUN_LINES) {
                if (out == null) {
                    out = new StringBuilder(n);
                    problem = Optional.of(new InputProblem(line, "more than " + MAX_RUN_LINES
                            + " lines without a blank line; from here to the next blank line the text was not read",
                            "split it with blank lines"));
                }
                out.append(text, copied, start); // the line's content is dropped, its line break kept
                copied = end;
            }
            start = end < n - 1 && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
            line++;
        }
        if (out == null) {
            return new Prepared(text, problem);
        }
        out.append(text, copied, n);
        return new Prepared(out.toString(), problem);
    }

    /**
     * Whether {@code text} has at most {@link #MAX_RUN_LINES} lines (and so nothing {@link #prepare} would cut),
     * counted by line-break characters: a canvas's few hundred lines are then not scanned character by character.
     */
    private static boolean fewLines(String text) {
        int breaks = 0;
        for (int i = text.indexOf('\n'); i >= 0 && breaks < MAX_RUN_LINES; i = text.indexOf('\n', i + 1)) {
            breaks++;
        }
        for (int i = text.indexOf('\r'); i >= 0 && breaks < MAX_RUN_LINES; i = text.indexOf('\r', i + 1)) {
            breaks++;
        }
        return breaks < MAX_RUN_LINES; // at most one line more than line breaks
    }

    /**
     * The first place, in document order, that the limits kept from being read as Markdown. Only blocks are walked,
     * and the inline nodes right under a block: a {@link TooDeep} is a block, an {@link Unparsed} the only inline
     * node of its block, and no inline node holds either.
     */
    static Optional<InputProblem> firstProblem(Node document) {
        Node n = document.getFirstChild();
        while (n != null) {
            if (n instanceof TooDeep) {
                return Optional.of(new InputProblem(CanvasMarkdown.line(n), "lists or block quotes are nested more than "
                        + MAX_NESTING + " levels deep; the rest of the line was not read",
                        "flatten the nesting: a canvas needs only a few levels"));
            }
            if (n instanceof Unparsed u) {
                return Optional.of(new InputProblem(CanvasMarkdown.line(n.getParent()), "this paragraph was read as plain text: "
                        + u.reason(), "split it into shorter paragraphs, or put it in a code block"));
            }
            // depth-first without recursion: the tree may be deep
            if (n instanceof org.commonmark.node.Block && n.getFirstChild() != null) {
                n = n.getFirstChild();
                continue;
            }
            while (n != null && n != document && n.getNext() == null) {
                n = n.getParent();
            }
            n = n == null || n == document ? null : n.getNext();
        }
        return Optional.empty();
    }
}

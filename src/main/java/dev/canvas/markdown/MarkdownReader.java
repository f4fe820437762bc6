package dev.canvas.markdown;

import dev.canvas.text.InputProblem;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Block;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown text into commonmark-java's tree, as canvases and templates need it: task list boxes, a source
 * span for every block, and bounds for hostile input. commonmark bounds what it would otherwise recurse on (inline
 * nesting, open blocks); {@link NestingLimit}, {@link LineLimits} and {@link InlineLimits} add the limits that the
 * user is told about, and that keep a 10 MB file to a fraction of a second. Stateless; the parsers are thread-safe.
 */
public final class MarkdownReader {

    /**
     * Emphasis, links and images nested deeper than this stay text (commonmark's own bound, stated here): a few
     * thousand nested openers cost neither stack nor quadratic time.
     */
    static final int MAX_INLINE_NESTING = 100;

    /** commonmark with task lists, block source spans and the limits. */
    static final Parser PARSER = builder().build();

    /** What only a hostile text needs, made when first needed. */
    static final class Hostile {
        /**
         * {@link MarkdownReader#PARSER} with {@link InlineLimits.Check} as its inline parser: the first of the two
         * parses of a hostile text.
         */
        static final Parser CHECK = builder().inlineParserFactory(InlineLimits.Check::new).build();
    }

    private static Parser.Builder builder() {
        return Parser.builder()
                .extensions(List.of(TaskListItemsExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .customBlockParserFactory(new NestingLimit())
                .maxInlineNesting(MAX_INLINE_NESTING);
    }

    private MarkdownReader() {
    }

    /**
     * A parsed document, and the first place where the Markdown could not be read as written (nested too deep, too
     * much inline markup, a run of lines or a file too long), if any.
     */
    public record Parsed(Node document, Optional<InputProblem> problem) {
    }

    /** Parses Markdown; what could not be read as Markdown is a problem at its line. */
    public static Parsed parse(String text) {
        return parse(text, -1);
    }

    /**
     * {@link #parse(String)} of a text whose line-break characters ('\n' and '\r') the caller has counted:
     * {@code lineBreaks}, or -1 when it has not.
     */
    public static Parsed parse(String text, int lineBreaks) {
        LineLimits.Prepared prepared = LineLimits.prepare(text, lineBreaks);
        String t = prepared.text();
        if (InlineLimits.mayExceed(t)) {
            return parsed(() -> InlineLimits.parse(t, PARSER, Hostile.CHECK), prepared.problem());
        }
        // from a Reader, commonmark finds line breaks in a char[] rather than char by char in the string
        return parsed(() -> PARSER.parseReader(new StringReader(t)), prepared.problem());
    }

    /**
     * {@link #parse(String, int)} of {@code "\n".repeat(blankLines) + text.substring(from)} (a text whose first
     * lines, such as its front matter, are left empty), without making that string; {@code lineBreaks} is its
     * count of line-break characters, or -1.
     */
    public static Parsed parse(String text, int blankLines, int from, int lineBreaks) {
        if (lineBreaks < 0 || lineBreaks >= LineLimits.MAX_RUN_LINES || InlineLimits.mayExceed(text)) {
            // the limits may cut lines or keep paragraphs as text: they read the text itself
            return parse("\n".repeat(blankLines) + text.substring(from), lineBreaks);
        }
        return parsed(() -> PARSER.parseReader(new Blanked(text, blankLines, from)), Optional.empty()); // none cut
    }

    /** A parse of commonmark's. */
    private interface Parse {
        Node run() throws IOException;
    }

    private static Parsed parsed(Parse parse, Optional<InputProblem> cut) {
        Node doc;
        try {
            doc = parse.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // read from a string, which does not fail
        } catch (StackOverflowError e) {
            // the limits make this unreachable; should it happen, it is a clean problem, not a crash
            return new Parsed(new Document(), Optional.of(new InputProblem(1,
                    "the Markdown is nested too deeply to read", "flatten nested lists, block quotes and emphasis")));
        }
        Optional<InputProblem> inTree = firstProblem(doc);
        Optional<InputProblem> first = cut.isEmpty() ? inTree : inTree.isEmpty() ? cut
                : inTree.get().line() < cut.get().line() ? inTree : cut;
        return new Parsed(doc, first);
    }

    /**
     * The first place, in document order, that the limits kept from being read as Markdown. Only blocks are walked,
     * and the inline nodes right under a block: a {@link NestingLimit.TooDeep} is a block, an
     * {@link InlineLimits.Unparsed} the only inline node of its block. Without recursion: the tree may be deep.
     */
    private static Optional<InputProblem> firstProblem(Node document) {
        Node n = document.getFirstChild();
        while (n != null) {
            Optional<InputProblem> p = NestingLimit.problem(n);
            if (p.isEmpty()) {
                p = InlineLimits.problem(n);
            }
            if (p.isPresent()) {
                return p;
            }
            if (n instanceof Block && n.getFirstChild() != null) {
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

    /** {@code "\n".repeat(blank) + text.substring(from)}, read without making it. */
    private static final class Blanked extends Reader {
        private final String text;
        private int blank;
        private int at;

        Blanked(String text, int blank, int from) {
            this.text = text;
            this.blank = blank;
            this.at = from;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            int n = 0;
            while (blank > 0 && n < len) {
                buf[off + n++] = '\n';
                blank--;
            }
            int rest = Math.min(len - n, text.length() - at);
            if (rest > 0) {
                text.getChars(at, at + rest, buf, off + n);
                at += rest;
                n += rest;
            }
            return n == 0 && len > 0 ? -1 : n;
        }

        @Override
        public void close() {
        }
    }
}

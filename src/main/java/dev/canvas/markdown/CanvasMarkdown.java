package dev.canvas.markdown;

import dev.canvas.text.Chars;
import dev.canvas.text.InputProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** Recognises the parts of a canvas in Markdown. Stateless; the parser it builds is thread-safe. */
public final class CanvasMarkdown {

    private static final Parser PARSER = Parser.builder()
            .postProcessor(new TaskListBoxes()) // as TaskListItemsExtension, for less
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .customBlockParserFactory(new MarkdownLimits.BlockLimits())
            .inlineParserFactory(MarkdownLimits.BoundedInlineParser::new)
            .build();

    // matched against stripped text, with a greedy title: a lazy title before "\\s*$" is quadratic in a run of spaces
    static final Pattern PHASE = Pattern.compile("^phase\\s+(\\d{1,3})\\s*[:.\\u2013\\u2014-]\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern SQUARE = Pattern.compile("^square\\s+(\\d{1,3})\\s*[:.\\u2013\\u2014-]\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** A template placeholder; ids are letters, digits, '_', '.', '-'. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*\\}\\}");
    /** Text that may sit beside a bold question or label, such as its colon; matched by {@link #punctuation}. */
    static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}]*");
    private static final Set<String> SMALL_WORDS = Set.of("and", "or", "of", "the", "to", "in", "for", "a", "an", "vs");

    private CanvasMarkdown() {
    }

    /**
     * commonmark-java with task lists and block source spans, bounded for hostile input: lists and block quotes
     * nest at most {@link MarkdownLimits#MAX_NESTING} levels, and a paragraph with more markup than can be parsed
     * in bounded time and stack is kept as plain text. Prefer {@link #parse}, which says when that happened.
     */
    public static Parser parser() {
        return PARSER;
    }

    /**
     * A parsed document, and the first place where the Markdown could not be read as written (nested too deep,
     * too much markup), if any.
     */
    public record Parsed(Node document, Optional<InputProblem> problem) {
    }

    /**
     * The parser as commonmark-java is used without shortcuts: its task list extension, its inline parser for every
     * paragraph and heading (none of {@link FastInlines}), text given as a string. What the trees of
     * {@link #parser()} are compared with.
     */
    private static final class Reference {
        static final Parser PARSER = Parser.builder()
                .extensions(List.of(TaskListItemsExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .customBlockParserFactory(new MarkdownLimits.BlockLimits())
                .inlineParserFactory(context -> new MarkdownLimits.BoundedInlineParser(context, false))
                .build();
    }

    /** Parses Markdown with {@link #parser()}; what could not be read as Markdown is a problem at its line. */
    public static Parsed parse(String text) {
        return parse(text, -1, false);
    }

    /**
     * {@link #parse(String)} of a text whose line-break characters ('\n' and '\r') the caller has counted:
     * {@code lineBreaks}, or -1 when it has not.
     */
    public static Parsed parse(String text, int lineBreaks) {
        return parse(text, lineBreaks, false);
    }

    /**
     * {@link #parse(String, int)} of {@code "\n".repeat(blankLines) + text.substring(from)} (a text whose first
     * lines, such as its front matter, are left empty), without making that string; {@code lineBreaks} is its
     * count of line-break characters, or -1.
     */
    public static Parsed parse(String text, int blankLines, int from, int lineBreaks) {
        if (lineBreaks < 0 || lineBreaks >= MarkdownLimits.MAX_RUN_LINES) {
            // the limits may cut lines: they read the text itself
            return parse("\n".repeat(blankLines) + text.substring(from), lineBreaks, false);
        }
        Node doc;
        try {
            doc = read(new Blanked(text, blankLines, from));
        } catch (StackOverflowError e) {
            return tooDeep();
        }
        return parsed(doc, Optional.empty()); // few lines: none cut
    }

    /** {@link #parse(String)}, or with {@code reference} as commonmark parses without the shortcuts of this package. */
    static Parsed parse(String text, boolean reference) {
        return parse(text, -1, reference);
    }

    private static Parsed parse(String text, int lineBreaks, boolean reference) {
        MarkdownLimits.Prepared prepared = MarkdownLimits.prepare(text, lineBreaks);
        Node doc;
        try {
            // from a Reader, commonmark finds line breaks in a char[] rather than char by char in the string
            doc = reference ? Reference.PARSER.parse(prepared.text()) : read(new java.io.StringReader(prepared.text()));
        } catch (StackOverflowError e) {
            return tooDeep();
        }
        return parsed(doc, prepared.problem());
    }

    private static Node read(java.io.Reader text) {
        try {
            return PARSER.parseReader(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // read from a string, which does not fail
        }
    }

    /** The limits make this unreachable; should it happen, it is a clean problem, not a crash. */
    private static Parsed tooDeep() {
        return new Parsed(new org.commonmark.node.Document(), Optional.of(new InputProblem(1,
                "the Markdown is nested too deeply to read", "flatten nested lists, block quotes and emphasis")));
    }

    private static Parsed parsed(Node doc, Optional<InputProblem> cut) {
        Optional<InputProblem> inTree = MarkdownLimits.firstProblem(doc);
        Optional<InputProblem> first = cut.isEmpty() ? inTree : inTree.isEmpty() ? cut
                : inTree.get().line() < cut.get().line() ? inTree : cut;
        return new Parsed(doc, first);
    }

    /** {@code "\n".repeat(blank) + text.substring(from)}, read without making it. */
    private static final class Blanked extends java.io.Reader {
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

    /** A numbered heading: {@code PHASE 2: AGENT ARCHITECTURE} or {@code Square 3: Robust Agent Architecture}. */
    public record NumberedHeading(int number, String title) {
    }

    public static Optional<NumberedHeading> phase(String headingText) {
        return numbered(PHASE, 'p', headingText).map(h -> new NumberedHeading(h.number(), titleCase(h.title())));
    }

    public static Optional<NumberedHeading> square(String headingText) {
        return numbered(SQUARE, 's', headingText);
    }

    /** {@code p} matched against the stripped text, which must start with {@code first} (ASCII, any case) to match. */
    private static Optional<NumberedHeading> numbered(Pattern p, char first, String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++; // as strip() skips
        }
        if (i == text.length() || (text.charAt(i) | 0x20) != first) {
            return Optional.empty(); // the pattern starts with that letter, case-insensitive for ASCII only
        }
        Matcher m = p.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new NumberedHeading(Integer.parseInt(m.group(1)), m.group(2).strip()));
    }

    /** "PRODUCT AND SCALE PLANNING" reads "Product and Scale Planning"; mixed case is left as written. */
    static String titleCase(String s) {
        if (!s.equals(s.toUpperCase(Locale.ROOT))) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        String[] words = s.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                out.append(' ');
            }
            if (i > 0 && SMALL_WORDS.contains(w) || w.isEmpty()) {
                out.append(w);
            } else {
                out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return out.toString();
    }

    /** The plain text of an inline tree: emphasis and links unwrapped, line breaks as spaces, HTML dropped. */
    public static String text(Node node) {
        Node only = node.getFirstChild();
        if (only instanceof Text t && only.getNext() == null) {
            return t.getLiteral().trim(); // most often: no copy to a builder
        }
        StringBuilder sb = new StringBuilder();
        appendText(node, sb);
        return sb.toString().trim();
    }

    private static void appendText(Node node, StringBuilder sb) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (c instanceof Code code) {
                sb.append(code.getLiteral());
            } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                sb.append(' ');
            } else {
                appendText(c, sb);
            }
        }
    }

    /**
     * The bold text when a paragraph is nothing but bold text (optionally followed by punctuation such as
     * {@code :}): a question or a label such as {@code **Validation Gate:**}.
     */
    public static Optional<String> boldOnly(Paragraph p) {
        Node strong = null;
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof StrongEmphasis || c instanceof Emphasis e && "**".equals(e.getOpeningDelimiter())) {
                if (strong != null) {
                    return Optional.empty();
                }
                strong = c;
            } else if (c instanceof Text t) {
                if (!punctuation(t.getLiteral().strip())) {
                    return Optional.empty();
                }
            } else if (!(c instanceof SoftLineBreak || c instanceof HardLineBreak)) {
                return Optional.empty();
            }
        }
        return strong == null ? Optional.empty() : Optional.of(text(strong));
    }

    /** Whether {@link #PUNCTUATION} matches {@code s}: ASCII punctuation only ({@code \p{Punct}}), or nothing. */
    static boolean punctuation(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a bold line right under a box as a person does, as a heading: "{@code - [ ] item}" then
     * "{@code **Group:**}" on the next line is, for Markdown, one paragraph of the box (a lazy continuation line), so
     * the box's text would run into the heading and the heading would head nothing. Where a box of {@code list}
     * (a list of the document itself) ends in such a line, the list is cut there: the box keeps its own lines, the
     * bold line becomes a paragraph after the list, and the boxes after it a new list after that paragraph. Both
     * are siblings after {@code list}, read next as any block; a cut list is cut again when it is read.
     */
    public static void splitLazyBoldLine(ListBlock list) {
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof ListItem item)
                    || !(item.getFirstChild() instanceof TaskListItemMarker)
                    || !(item.getLastChild() instanceof Paragraph p)) {
                continue;
            }
            Node bold = p.getLastChild();
            while (bold instanceof Text t && punctuation(t.getLiteral().strip())) {
                bold = bold.getPrevious();
            }
            if (!(bold instanceof StrongEmphasis || bold instanceof Emphasis e && "**".equals(e.getOpeningDelimiter()))
                    || !(bold.getPrevious() instanceof SoftLineBreak lineBreak) || lineBreak.getPrevious() == null) {
                continue;
            }
            int lines = 1; // of the box, before the bold line
            for (Node c = p.getFirstChild(); c != lineBreak; c = c.getNext()) {
                if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                    lines++;
                }
            }
            List<SourceSpan> spans = p.getSourceSpans();
            if (spans.size() != lines + 1) {
                continue; // not one span a line: leave it as Markdown reads it
            }
            int boldLine = spans.get(lines).getLineIndex();
            Paragraph heading = new Paragraph();
            for (Node c = lineBreak.getNext(); c != null; ) {
                Node next = c.getNext();
                heading.appendChild(c);
                c = next;
            }
            lineBreak.unlink();
            heading.setSourceSpans(List.of(spans.get(lines)));
            p.setSourceSpans(spans.subList(0, lines));
            item.setSourceSpans(before(item.getSourceSpans(), boldLine));
            ListBlock rest = null;
            if (item.getNext() != null) {
                rest = list instanceof OrderedList o ? copyOf(o) : copyOf((BulletList) list);
                rest.setTight(list.isTight());
                List<SourceSpan> after = new ArrayList<>();
                for (SourceSpan s : list.getSourceSpans()) {
                    if (s.getLineIndex() > boldLine) {
                        after.add(s);
                    }
                }
                rest.setSourceSpans(after);
                for (Node c = item.getNext(); c != null; ) {
                    Node next = c.getNext();
                    rest.appendChild(c);
                    c = next;
                }
            }
            list.setSourceSpans(before(list.getSourceSpans(), boldLine));
            list.insertAfter(heading);
            if (rest != null) {
                heading.insertAfter(rest);
            }
            return;
        }
    }

    private static List<SourceSpan> before(List<SourceSpan> spans, int line) {
        List<SourceSpan> out = new ArrayList<>(spans.size());
        for (SourceSpan s : spans) {
            if (s.getLineIndex() < line) {
                out.add(s);
            }
        }
        return out;
    }

    private static OrderedList copyOf(OrderedList o) {
        OrderedList c = new OrderedList();
        c.setMarkerStartNumber(o.getMarkerStartNumber());
        c.setMarkerDelimiter(o.getMarkerDelimiter());
        return c;
    }

    private static BulletList copyOf(BulletList b) {
        BulletList c = new BulletList();
        c.setMarker(b.getMarker());
        return c;
    }

    /** A bold paragraph with text after it: {@code **Question?** {{id}}} gives the bold part and the rest. */
    public record LeadAndRest(String lead, String rest) {
    }

    public static Optional<LeadAndRest> boldLead(Paragraph p) {
        Node first = p.getFirstChild();
        if (!(first instanceof StrongEmphasis)) {
            return Optional.empty();
        }
        StringBuilder rest = new StringBuilder();
        for (Node c = first.getNext(); c != null; c = c.getNext()) {
            if (c instanceof Text t) {
                rest.append(t.getLiteral());
            } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                rest.append(' ');
            } else {
                StringBuilder sb = new StringBuilder();
                appendText(c, sb);
                rest.append(sb);
            }
        }
        return Optional.of(new LeadAndRest(text(first), rest.toString().trim()));
    }

    /** A label is bold text ending in a colon, or naming prerequisites or a gate. */
    public static boolean isLabel(String bold) {
        String b = bold.strip();
        String lower = b.toLowerCase(Locale.ROOT);
        return b.endsWith(":") || lower.contains("prerequisite") || lower.contains("gate");
    }

    public static boolean isPrerequisitesLabel(String bold) {
        return bold.toLowerCase(Locale.ROOT).contains("prerequisite");
    }

    /** 1-based first line of a block, or 0 if the parser gave it no span. */
    public static int line(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    /** 1-based first column of a block, or 0. */
    public static int column(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getColumnIndex() + 1;
    }

    /** 1-based last line of a block, or 0. */
    public static int lastLine(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex() + 1;
    }

    /** A {@code [[LLM: ...]]} block found in raw text. */
    public record Guidance(int line, String text) {
    }

    /**
     * Blanks every {@code [[LLM: ...]]} block in {@code raw}, keeping line breaks so that line numbers do not
     * move, and returns the blanked text; the blocks found are added to {@code found} with their 1-based line.
     * Linear in the length of {@code raw}: an unclosed block ends the search (no later one can close either).
     */
    public static String blankGuidance(String raw, List<Guidance> found) {
        StringBuilder out = null;
        int last = 0;
        int line = 1;
        int counted = 0;
        int from = 0;
        while (true) {
            int open = raw.indexOf("[[", from);
            if (open < 0) {
                break;
            }
            int body = guidanceBody(raw, open + 2);
            if (body < 0) {
                from = open + 1;
                continue;
            }
            int close = raw.indexOf("]]", body);
            if (close < 0) {
                break;
            }
            int end = close + 2;
            for (int i = counted; i < open; i++) {
                if (raw.charAt(i) == '\n') {
                    line++;
                }
            }
            counted = open;
            found.add(new Guidance(line, raw.substring(body, close).strip().replaceAll("\\s+", " ")));
            if (out == null) {
                out = new StringBuilder(raw.length());
            }
            out.append(raw, last, open);
            for (int i = open; i < end; i++) {
                char c = raw.charAt(i);
                out.append(c == '\n' ? '\n' : c == '\r' ? '\r' : ' ');
            }
            last = end;
            from = end;
        }
        if (out == null) {
            return raw;
        }
        out.append(raw, last, raw.length());
        return out.toString();
    }

    /** After "[[": optional spaces, "LLM", optional spaces, ":"; returns the index after the colon, or -1. */
    private static int guidanceBody(String raw, int i) {
        while (i < raw.length() && Chars.isRegexSpace(raw.charAt(i))) {
            i++;
        }
        if (!raw.startsWith("LLM", i)) {
            return -1;
        }
        i += 3;
        while (i < raw.length() && Chars.isRegexSpace(raw.charAt(i))) {
            i++;
        }
        return i < raw.length() && raw.charAt(i) == ':' ? i + 1 : -1;
    }

    /** The placeholder ids in a text, in order. */
    public static List<String> placeholders(String text) {
        List<String> ids = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}

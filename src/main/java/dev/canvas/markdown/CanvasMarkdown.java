package dev.canvas.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Recognises the parts of a canvas in commonmark's tree: phase and square headings, bold questions and labels,
 * boxes, {@code {{placeholders}}}, the plain text of inline content, and the lines a block was read from.
 * Stateless.
 */
public final class CanvasMarkdown {

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

    /** The text of a task-list item ({@code - [ ] text}), or empty when the item has no box. */
    public static Optional<String> taskText(ListItem item) {
        boolean task = false;
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TaskListItemMarker) {
                task = true;
            } else if (c instanceof Paragraph p && task) {
                return Optional.of(text(p));
            }
        }
        return task ? Optional.of("") : Optional.empty();
    }

    /**
     * A box written without the space after its {@code ]}: {@code - [x]Text}, which Markdown reads as text, not as a
     * box. {@code box} is the box as written ({@code [x]}, {@code [X]} or {@code [ ]}), {@code text} what follows it.
     */
    public record SpacelessBox(String box, String text) {
    }

    /**
     * The {@link SpacelessBox} a list item without a box starts with, if any: its paragraph's text starts with
     * {@code [x]}, {@code [X]} or {@code [ ]} followed by more text on the same line, with no space between. A link
     * ({@code - [x](url)}, a defined {@code [x][ref]}) is a link, not text, so it is never one; nor is a bare
     * {@code [x]} or one later in the text.
     */
    public static Optional<SpacelessBox> spacelessBox(ListItem item) {
        Node first = item.getFirstChild();
        if (!(first instanceof Paragraph p) || !(p.getFirstChild() instanceof Text t)) {
            return Optional.empty(); // a TaskListItemMarker comes first in a real box
        }
        String s = t.getLiteral();
        if (s.length() < 3 || s.charAt(0) != '[' || s.charAt(2) != ']' || " xX".indexOf(s.charAt(1)) < 0) {
            return Optional.empty();
        }
        Node next = t.getNext();
        boolean textFollows = s.length() > 3 ? !Character.isWhitespace(s.charAt(3))
                : next != null && !(next instanceof SoftLineBreak || next instanceof HardLineBreak);
        if (!textFollows) {
            return Optional.empty();
        }
        return Optional.of(new SpacelessBox(s.substring(0, 3), text(p).substring(3).strip()));
    }

    /** Whether a list item's box is ticked. */
    public static boolean isChecked(ListItem item) {
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TaskListItemMarker m) {
                return m.isChecked();
            }
        }
        return false;
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

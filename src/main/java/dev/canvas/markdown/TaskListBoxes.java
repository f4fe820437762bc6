package dev.canvas.markdown;

import dev.canvas.text.Chars;
import java.util.regex.Pattern;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.Block;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * What commonmark-java's task list extension (0.24, {@code TaskListItemPostProcessor}) does to a parsed document,
 * for less: a list item whose first paragraph starts with text matching the extension's pattern gets a
 * {@link TaskListItemMarker} as first child and loses the box from that text. The extension visits every node of
 * the document; here only blocks that can hold list items are walked (inline nodes hold no blocks), and the
 * pattern is only tried on text that starts like a box. {@code FastInlinesMdTest} compares the trees with the
 * extension's.
 */
final class TaskListBoxes implements PostProcessor {

    /** The extension's pattern, as it is; {@link #boxEnd} matches it without a regular expression. */
    static final Pattern TASK_LIST_ITEM = Pattern.compile("^\\[([xX\\s])]\\s+(.*)");

    @Override
    public Node process(Node document) {
        // depth-first in document order, without recursion (as the extension's visitor, which recurses)
        Node n = document.getFirstChild();
        while (n != null) {
            if (n instanceof ListItem item) {
                box(item);
            }
            Node down = n instanceof Block && !(n instanceof Paragraph) && !(n instanceof Heading) ? n.getFirstChild() : null;
            if (down != null) {
                n = down;
                continue;
            }
            while (n != document && n.getNext() == null) {
                n = n.getParent();
            }
            n = n == document ? null : n.getNext();
        }
        return document;
    }

    private static void box(ListItem item) {
        if (item.getFirstChild() instanceof Paragraph p && p.getFirstChild() instanceof Text text) {
            box(item, text, true);
        }
    }

    /**
     * What {@link #process} does to {@code item}, whose first paragraph starts with {@code text}: done as soon as
     * the paragraph's inline nodes are made when they are final ({@link FastInlines}), which then need not be looked
     * at again. {@code terminators}: whether the text may have line terminators.
     */
    static void box(ListItem item, Text text, boolean terminators) {
        String literal = text.getLiteral();
        int rest = boxEnd(literal, terminators);
        if (rest >= 0) {
            char checked = literal.charAt(1);
            item.prependChild(new TaskListItemMarker(checked == 'x' || checked == 'X'));
            text.setLiteral(literal.substring(rest));
        }
    }

    /**
     * Where the text after the box starts when {@code s} as a whole matches {@link #TASK_LIST_ITEM} (its group 2),
     * else -1. The pattern: '[', one of {@code x X} or a space ({@code \s}), ']', one or more spaces, then anything
     * but line terminators (what '.' does not match). The spaces are taken greedily; giving some back to '.*'
     * cannot help it past a line terminator, so the match is this one or none.
     */
    static int boxEnd(String s) {
        return boxEnd(s, true);
    }

    private static int boxEnd(String s, boolean terminators) {
        int n = s.length();
        if (n < 4 || s.charAt(0) != '[' || s.charAt(2) != ']' || !(s.charAt(1) == 'x' || s.charAt(1) == 'X' || Chars.isRegexSpace(s.charAt(1)))
                || !Chars.isRegexSpace(s.charAt(3))) {
            return -1;
        }
        int rest = 4;
        while (rest < n && Chars.isRegexSpace(s.charAt(rest))) {
            rest++;
        }
        // found with indexOf, which reads a string faster than charAt does (and a Latin-1 one not at all for the last two)
        if (terminators && (s.indexOf('\n', rest) >= 0 || s.indexOf('\r', rest) >= 0 || s.indexOf('\u0085', rest) >= 0
                || s.indexOf('\u2028', rest) >= 0 || s.indexOf('\u2029', rest) >= 0)) {
            return -1;
        }
        return rest;
    }
}

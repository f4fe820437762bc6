package dev.canvas.markdown;

import java.util.Objects;
import java.util.regex.Matcher;
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

    /** The extension's pattern, as it is. */
    private static final Pattern TASK_LIST_ITEM = Pattern.compile("^\\[([xX\\s])]\\s+(.*)");

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
            String literal = text.getLiteral();
            // what the pattern needs at least: '[', a character, ']', a space
            if (literal.length() < 4 || literal.charAt(0) != '[' || literal.charAt(2) != ']') {
                return;
            }
            Matcher m = TASK_LIST_ITEM.matcher(literal);
            if (m.matches()) {
                String checked = m.group(1);
                item.prependChild(new TaskListItemMarker(Objects.equals(checked, "X") || Objects.equals(checked, "x")));
                text.setLiteral(m.group(2));
            }
        }
    }
}

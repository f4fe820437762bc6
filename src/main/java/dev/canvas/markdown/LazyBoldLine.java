package dev.canvas.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.BulletList;
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

/**
 * Reads a bold line written right under a box as the heading a person sees, not as the end of the box's text: cuts
 * the list there (see {@link #split}).
 */
public final class LazyBoldLine {

    private LazyBoldLine() {
    }

    /**
     * Reads a bold line right under a box as a person does, as a heading: "{@code - [ ] item}" then
     * "{@code **Group:**}" on the next line is, for Markdown, one paragraph of the box (a lazy continuation line), so
     * the box's text would run into the heading and the heading would head nothing. Where a box of {@code list}
     * (a list of the document itself) ends in such a line, the list is cut there: the box keeps its own lines, the
     * bold line becomes a paragraph after the list, and the boxes after it a new list after that paragraph. Both
     * are siblings after {@code list}, read next as any block; a cut list is cut again when it is read.
     */
    public static void split(ListBlock list) {
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof ListItem item)
                    || !(item.getFirstChild() instanceof TaskListItemMarker)
                    || !(item.getLastChild() instanceof Paragraph p)) {
                continue;
            }
            Node bold = p.getLastChild();
            while (bold instanceof Text t && CanvasMarkdown.punctuation(t.getLiteral().strip())) {
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
}

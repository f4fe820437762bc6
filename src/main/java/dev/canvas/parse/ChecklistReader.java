package dev.canvas.parse;

import dev.canvas.markdown.CanvasMarkdown;
import dev.canvas.model.ChecklistKind;
import dev.canvas.model.Location;
import dev.canvas.model.Mark;
import dev.canvas.model.Square;
import dev.canvas.model.Subject;
import dev.canvas.text.Excerpt;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * Reads the lists of boxes of a Markdown canvas into marks of the template's checklist items: each box is matched
 * to an item ({@link ItemMatcher}); a box twice is a duplicate, a box that is no item is unknown, with the item most
 * like it suggested. Only the first {@link MarkdownCanvasParser#MAX_UNKNOWN_ITEMS} unknown boxes of a file are
 * reported one by one, the rest in one finding ({@link #finish}).
 */
final class ChecklistReader {

    private final TemplateIndex template;
    private final FindingList findings;
    private final Function<Node, Location> at;
    private final Map<String, Map<String, Mark>> marks = new HashMap<>();
    /** Where each checklist is first marked, by id; shared with the reader of sign-offs. */
    private final Map<String, Location> checklistsAt;
    /** Unknown checklist items found, and where the first one not reported by itself is. */
    private int unknownItems;
    private Location firstUnreported;
    /** Boxes matched to an item so far (a box heading nested ones is no unknown item when they match). */
    private int markCount;

    /** {@code at} gives a block's location; checklists are recorded in {@code checklistsAt} where first marked. */
    ChecklistReader(TemplateIndex template, FindingList findings, Function<Node, Location> at,
                    Map<String, Location> checklistsAt) {
        this.template = template;
        this.findings = findings;
        this.at = at;
        this.checklistsAt = checklistsAt;
    }

    /** Whether a box of {@code list} stands for an item of the template (by its words, not by similarity). */
    boolean isChecklist(ListBlock list, BoxContext context) {
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof ListItem item) {
                Optional<String> t = CanvasMarkdown.taskText(item)
                        .or(() -> CanvasMarkdown.spacelessBox(item).map(CanvasMarkdown.SpacelessBox::text));
                if (t.isPresent() && match(t.get(), false, context).item().isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Reads the boxes of {@code list}, and of the lists nested in it, as marks; a checklist first marked here is
     * recorded at {@code label} (the label above the list), or without one at its first box.
     */
    void read(ListBlock list, BoxContext context, Optional<Location> label) {
        read(list, context, label, false);
    }

    /**
     * {@link #read(ListBlock, BoxContext, Optional)}; {@code underUnticked}: the list is nested under an unticked box
     * that is no item itself but the heading of these ("Governance policies documented:" over its five policies), so
     * none of them is confirmed.
     */
    private void read(ListBlock list, BoxContext context, Optional<Location> label, boolean underUnticked) {
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof ListItem item)) {
                continue;
            }
            Optional<String> t = CanvasMarkdown.taskText(item);
            ItemMatcher.Match match = null;
            Location where = null;
            Optional<CanvasMarkdown.SpacelessBox> spaceless = t.isPresent() ? Optional.empty() : CanvasMarkdown.spacelessBox(item);
            if (spaceless.isPresent()) {
                // Markdown reads it as text: its item, if it names one, is there but not confirmed
                where = at.apply(item);
                Optional<ItemRef> ref = match(spaceless.get().text(), true, context).item();
                spacelessBox(list, spaceless.get(), where, ref);
                if (ref.isPresent()) {
                    mark(ref.get(), item, where, label, underUnticked);
                    markCount++;
                }
            } else if (t.isPresent()) {
                where = at.apply(item);
                match = match(t.get(), true, context);
                if (match.item().isPresent()) {
                    mark(match.item().get(), item, where, label, underUnticked);
                }
            }
            // a box that is no item may head the items nested under it: unticked, it confirms none of them
            boolean heading = match != null && match.item().isEmpty();
            int marked = markCount;
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof ListBlock nested) {
                    read(nested, context, label, underUnticked || heading && !CanvasMarkdown.isChecked(item));
                }
            }
            if (heading && markCount == marked) {
                unknownItem(where, t.get(), match.suggestion());
            }
            if (match != null && match.item().isPresent()) {
                markCount++;
            }
        }
    }

    private ItemMatcher.Match match(String itemText, boolean fuzzy, BoxContext context) {
        return template.items().match(template.key(itemText), fuzzy, context, r -> {
            Map<String, Mark> ms = marks.get(r.checklist().id());
            return ms != null && ms.containsKey(r.item().id());
        });
    }

    private void mark(ItemRef ref, ListItem item, Location where, Optional<Location> label, boolean underUnticked) {
        Map<String, Mark> ms = marks.computeIfAbsent(ref.checklist().id(), k -> new HashMap<>());
        Mark prev = ms.get(ref.item().id());
        if (prev != null) {
            findings.add(ParseFindings.duplicate(where, Subject.item(ref.checklist(), ref.item()),
                    "checklist item '" + ref.item().text() + "' appears twice (first at line "
                            + prev.location().line() + ")", "keep one box for each item"));
        } else {
            ms.put(ref.item().id(), new Mark(ref.item().id(), CanvasMarkdown.isChecked(item) && !underUnticked, where));
            checklistsAt.putIfAbsent(ref.checklist().id(), label.orElse(where));
        }
    }

    /** A box written without the space after its ']': said at its own line, with the box as it should be written. */
    private void spacelessBox(ListBlock list, CanvasMarkdown.SpacelessBox box, Location where, Optional<ItemRef> item) {
        String marker = list instanceof BulletList b && b.getMarker() != null ? b.getMarker() : "-";
        findings.add(ParseFindings.unknown(where, item.map(this::subject).orElse(Subject.NONE),
                "a space is missing after ] in '" + marker + " " + box.box() + Excerpt.of(box.text())
                        + "', so it is not read as a box" + (item.isPresent() ? " and its item is not confirmed" : ""),
                "write '" + marker + " " + box.box() + " " + Excerpt.of(box.text()) + "'"));
    }

    /** An item as the rules report it: a readiness item with the square its group names, and that square's phase. */
    private Subject subject(ItemRef r) {
        if (r.checklist().kind() != ChecklistKind.READINESS) {
            return Subject.item(r.checklist(), r.item());
        }
        int square = CanvasMarkdown.square(r.item().group()).map(CanvasMarkdown.NumberedHeading::number).orElse(0);
        int phase = template.square(square).map(Square::phase).orElse(0);
        return new Subject(phase, square, "", r.checklist().id(), r.item().id(), r.item().text());
    }

    private void unknownItem(Location where, String itemText, Optional<ItemRef> suggested) {
        if (++unknownItems > MarkdownCanvasParser.MAX_UNKNOWN_ITEMS) {
            if (firstUnreported == null) {
                firstUnreported = where;
            }
            return;
        }
        findings.add(ParseFindings.unknown(where, "checklist item '" + Excerpt.of(itemText) + "' is not in the template",
                suggested.map(s -> "did you mean '" + s.item().text() + "'? Use the template's wording")
                        .orElse("remove it, or check with the template it was written for")));
    }

    /** Reports the unknown boxes not reported one by one, if any: call once, after the last list. */
    void finish() {
        if (unknownItems > MarkdownCanvasParser.MAX_UNKNOWN_ITEMS) {
            int more = unknownItems - MarkdownCanvasParser.MAX_UNKNOWN_ITEMS;
            findings.add(ParseFindings.unknown(firstUnreported, more + " more checklist item" + (more == 1 ? " is" : "s are")
                    + " not in the template (the first " + MarkdownCanvasParser.MAX_UNKNOWN_ITEMS
                    + " are reported one by one; the rest from here on)",
                    "use the template's wording, or check with the template the file was written for"));
        }
    }

    /** The marks read so far, by checklist id and item id. */
    Map<String, Map<String, Mark>> marks() {
        return marks;
    }
}

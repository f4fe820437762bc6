package dev.canvas.template;

import dev.canvas.markdown.CanvasMarkdown;
import dev.canvas.markdown.MarkdownReader;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistItem;
import dev.canvas.model.ChecklistKind;
import dev.canvas.model.Field;
import dev.canvas.model.Location;
import dev.canvas.model.Phase;
import dev.canvas.model.Square;
import dev.canvas.text.Excerpt;
import dev.canvas.text.MatchText;
import dev.canvas.text.Mojibake;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/**
 * Walks the Markdown content of a template's sections, in order, and builds the canvas definition. State
 * (current phase, square, label) carries across sections because a phase may span several.
 */
final class DefinitionBuilder {

    private final String file;
    private final List<PhaseBuilder> phases = new ArrayList<>();
    private final Map<String, ChecklistBuilder> checklists = new LinkedHashMap<>();
    private final Map<String, Location> fieldIds = new LinkedHashMap<>();
    private final Set<Integer> squareNumbers = new HashSet<>();
    private PhaseBuilder phase;
    private SquareBuilder square;
    private String label = "";
    private String section = "";

    DefinitionBuilder(String file) {
        this.file = file;
    }

    /**
     * Adds one section's Markdown.
     *
     * @param content    the section's {@code content} text
     * @param lineOffset how many lines of the template file come before the content's first line
     */
    void addContent(String content, int lineOffset) throws TemplateException {
        checkBalancedPlaceholders(content, lineOffset);
        MarkdownReader.Parsed parsed = MarkdownReader.parse(content);
        if (parsed.problem().isPresent()) {
            var p = parsed.problem().get();
            throw new TemplateException(Location.of(file, lineOffset + p.line()), "template content cannot be read: "
                    + p.message(), p.fix());
        }
        Node doc = parsed.document();
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            Location at = Location.of(file, lineOffset + CanvasMarkdown.line(block));
            if (block instanceof Heading h) {
                heading(h, CanvasMarkdown.text(h), at);
            } else if (block instanceof Paragraph p) {
                Node next = block.getNext();
                if (paragraph(p, next, at)) {
                    block = next;
                }
            } else if (block instanceof BulletList || block instanceof OrderedList) {
                list((ListBlock) block, lineOffset, "");
            }
        }
    }

    private void heading(Heading h, String text, Location at) throws TemplateException {
        var ph = CanvasMarkdown.phase(text);
        if (ph.isPresent()) {
            square = null;
            label = "";
            section = "";
            if (phases.stream().anyMatch(p -> p.number == ph.get().number())) {
                throw new TemplateException(at, "phase " + ph.get().number() + " is defined twice",
                        "give each '## PHASE N:' heading its own number");
            }
            phase = new PhaseBuilder(ph.get().number(), ph.get().title());
            phases.add(phase);
            return;
        }
        var sq = CanvasMarkdown.square(text);
        if (sq.isPresent()) {
            if (!squareNumbers.add(sq.get().number())) {
                throw new TemplateException(at, "square " + sq.get().number() + " is defined twice",
                        "give each '### Square N:' heading its own number");
            }
            if (phase == null) {
                // a template without phases: its squares form one implicit phase
                phase = new PhaseBuilder(1, "Canvas");
                phases.add(phase);
            }
            square = new SquareBuilder(sq.get().number(), sq.get().title(), phase.number);
            phase.squares.add(square);
            label = "";
            return;
        }
        if (h.getLevel() <= 2) {
            phase = null;
            square = null;
            section = text;
            label = "";
        } else {
            label = text;
        }
    }

    /** Returns true when the next block was consumed as the placeholder of a question. */
    private boolean paragraph(Paragraph p, Node next, Location at) throws TemplateException {
        String text = CanvasMarkdown.text(p);
        if (text.contains("[[LLM:") || text.contains("[[ LLM:")) {
            if (square != null) {
                square.guidance.add(text.replaceAll("^\\[\\[\\s*LLM:\\s*|\\]\\]$", "").strip());
            }
            return false;
        }
        var bold = CanvasMarkdown.boldOnly(p);
        if (bold.isPresent() && next instanceof Paragraph np) {
            String nextText = CanvasMarkdown.text(np);
            List<String> ids = CanvasMarkdown.placeholders(nextText);
            if (ids.size() == 1 && nextText.replaceAll(CanvasMarkdown.PLACEHOLDER.pattern(), "").isBlank()) {
                field(ids.get(0), bold.get(), Location.of(file, at.line() + CanvasMarkdown.line(np) - CanvasMarkdown.line(p)));
                return true;
            }
        }
        var lead = CanvasMarkdown.boldLead(p);
        if (lead.isPresent()) {
            List<String> ids = CanvasMarkdown.placeholders(lead.get().rest());
            if (ids.size() == 1 && lead.get().rest().replaceAll(CanvasMarkdown.PLACEHOLDER.pattern(), "").isBlank()) {
                field(ids.get(0), lead.get().lead(), at);
                return false;
            }
        }
        List<String> ids = CanvasMarkdown.placeholders(text);
        if (!ids.isEmpty()) {
            throw new TemplateException(at, "placeholder {{" + Excerpt.of(ids.get(0)) + "}} has no bold question before it",
                    "put the question on its own line in bold (**Question?**) and the placeholder alone on the next");
        }
        if (bold.isPresent() && CanvasMarkdown.isLabel(bold.get())) {
            label = bold.get();
        }
        return false;
    }

    private void field(String id, String question, Location at) throws TemplateException {
        if (square == null) {
            throw new TemplateException(at, "question {{" + Excerpt.of(id) + "}} is outside any square",
                    "put it under a '### Square N: Title' heading");
        }
        Location first = fieldIds.putIfAbsent(id, at);
        if (first != null) {
            throw new TemplateException(at, "field id '" + Excerpt.of(id) + "' is used twice (first at line " + first.line() + ")",
                    "give every {{placeholder}} its own id");
        }
        square.fields.add(new Field(id, stripColon(question), square.number, at));
    }

    private void list(ListBlock list, int lineOffset, String parentText) throws TemplateException {
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof ListItem item)) {
                continue;
            }
            boolean task = false;
            String text = "";
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof TaskListItemMarker) {
                    task = true;
                } else if (c instanceof Paragraph para && text.isEmpty()) {
                    text = CanvasMarkdown.text(para);
                }
            }
            if (task && !text.isBlank()) {
                Location at = Location.of(file, lineOffset + CanvasMarkdown.line(item));
                checklistFor().add(Mojibake.repair(text).strip(), parentText.isEmpty() ? stripColon(label) : parentText, at);
            }
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof ListBlock nested) {
                    list(nested, lineOffset, text);
                }
            }
        }
    }

    private ChecklistBuilder checklistFor() {
        if (CanvasMarkdown.isPrerequisitesLabel(label)) {
            return checklists.computeIfAbsent("prerequisites",
                    id -> new ChecklistBuilder(id, "Prerequisites", ChecklistKind.PREREQUISITES, 0));
        }
        if (phase != null) {
            int n = phase.number;
            return checklists.computeIfAbsent("phase-" + n,
                    id -> new ChecklistBuilder(id, "Phase " + n + " validation gate", ChecklistKind.GATE, n));
        }
        String title = !section.isEmpty() ? section : !label.isEmpty() ? stripColon(label) : "Checklist";
        String display = title.equals(title.toUpperCase(java.util.Locale.ROOT)) ? capitalise(title) : title;
        return checklists.computeIfAbsent(MatchText.slug(title),
                id -> new ChecklistBuilder(id, display, ChecklistKind.GATE, 0));
    }

    private static String capitalise(String upper) {
        String lower = upper.toLowerCase(java.util.Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private void checkBalancedPlaceholders(String content, int lineOffset) throws TemplateException {
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String rest = lines[i].replaceAll(CanvasMarkdown.PLACEHOLDER.pattern(), "");
            if (rest.contains("{{") || rest.contains("}}")) {
                throw new TemplateException(Location.of(file, lineOffset + i + 1),
                        "unbalanced or malformed placeholder: " + Excerpt.of(lines[i].strip()),
                        "write placeholders as {{field_id}} (letters, digits, '_', '.', '-')");
            }
        }
    }

    CanvasDefinition build(String name, String kind, String source) throws TemplateException {
        List<Phase> ps = new ArrayList<>();
        for (PhaseBuilder p : phases) {
            List<Square> squares = new ArrayList<>();
            for (SquareBuilder s : p.squares) {
                squares.add(new Square(s.number, s.title, s.phase, s.fields, String.join(" ", s.guidance)));
            }
            ps.add(new Phase(p.number, p.title, squares));
        }
        CanvasDefinition def = new CanvasDefinition(name, kind, source, ps,
                checklists.values().stream().map(ChecklistBuilder::build).toList());
        if (def.squares().isEmpty()) {
            throw new TemplateException(Location.of(file), "template defines no squares",
                    "add '### Square N: Title' headings with bold questions and {{placeholders}} to its sections' content");
        }
        for (Square s : def.squares()) {
            if (s.fields().isEmpty()) {
                throw new TemplateException(Location.of(file), s.label() + " has no questions",
                        "add a bold question followed by a {{placeholder}} under its heading");
            }
        }
        return def;
    }

    private static String stripColon(String s) {
        String t = s.strip();
        return t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
    }

    private static final class PhaseBuilder {
        final int number;
        final String title;
        final List<SquareBuilder> squares = new ArrayList<>();

        PhaseBuilder(int number, String title) {
            this.number = number;
            this.title = title;
        }
    }

    private static final class SquareBuilder {
        final int number;
        final String title;
        final int phase;
        final List<Field> fields = new ArrayList<>();
        final List<String> guidance = new ArrayList<>();

        SquareBuilder(int number, String title, int phase) {
            this.number = number;
            this.title = title;
            this.phase = phase;
        }
    }

    private static final class ChecklistBuilder {
        final String id;
        final String title;
        final ChecklistKind kind;
        final int phase;
        final List<ChecklistItem> items = new ArrayList<>();
        final Set<String> ids = new HashSet<>();

        ChecklistBuilder(String id, String title, ChecklistKind kind, int phase) {
            this.id = id;
            this.title = title;
            this.kind = kind;
            this.phase = phase;
        }

        void add(String text, String group, Location at) {
            String base = MatchText.slug(text);
            if (base.isEmpty()) {
                base = "item";
            }
            String itemId = base;
            for (int n = 2; !ids.add(itemId); n++) {
                itemId = base + "-" + n;
            }
            items.add(new ChecklistItem(itemId, text, group, at));
        }

        Checklist build() {
            return new Checklist(id, title, kind, phase, items);
        }
    }
}

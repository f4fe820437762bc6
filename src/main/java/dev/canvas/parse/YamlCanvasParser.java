package dev.canvas.parse;

import static dev.canvas.parse.YamlCanvasFormat.CANVAS;
import static dev.canvas.parse.YamlCanvasFormat.CHECKLIST;
import static dev.canvas.parse.YamlCanvasFormat.SIGNOFFS;
import static dev.canvas.parse.YamlCanvasFormat.GATES;
import static dev.canvas.parse.YamlCanvasFormat.PREREQUISITES;
import static dev.canvas.parse.YamlCanvasFormat.PREREQUISITES_CHECKLIST;
import static dev.canvas.parse.YamlCanvasFormat.SQUARES;

import dev.canvas.model.Answer;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Field;
import dev.canvas.model.Finding;
import dev.canvas.model.Location;
import dev.canvas.model.Mark;
import dev.canvas.model.Signoff;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import dev.canvas.model.SourceFormat;
import dev.canvas.text.Excerpt;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a YAML canvas ({@link YamlCanvasFormat}). Shape errors (wrong types, unknown keys) are left to the
 * schema, which validates the {@link DataTree} this returns; here only what the rules need is taken.
 */
public final class YamlCanvasParser {

    private final CanvasDefinition definition;
    /** The definition's fields by id, made once rather than for every file. */
    private final Map<String, Field> fields;
    /**
     * The template's own id string of each checklist item, by checklist: a document keyed by these (rather than by
     * equal strings read from the file) is looked up by identity, which every rule does for every box.
     */
    private final Map<String, Map<String, String>> itemIds = new HashMap<>();

    public YamlCanvasParser(CanvasDefinition definition) {
        this.definition = definition;
        this.fields = Map.copyOf(definition.fieldsById());
        for (var c : definition.checklists()) {
            Map<String, String> ids = itemIds.computeIfAbsent(c.id(), k -> new HashMap<>());
            c.items().forEach(i -> ids.putIfAbsent(i.id(), i.id()));
        }
    }

    public ParsedCanvas parse(String file, String text) {
        List<Finding> findings = new ArrayList<>();
        if (text.isBlank()) {
            findings.add(ParseFindings.empty(file));
            return new ParsedCanvas(empty(file, findings), Optional.empty());
        }
        YamlTreeReader.Result r = YamlTreeReader.read(file, text, 0, "canvas");
        findings.addAll(r.findings());
        if (r.tree().isEmpty()) {
            if (findings.isEmpty()) {
                findings.add(ParseFindings.empty(file)); // only comments
            }
            return new ParsedCanvas(empty(file, findings), Optional.empty());
        }
        DataTree tree = r.tree().get();
        if (!(tree.data() instanceof Map<?, ?> top)) {
            // the schema reports the wrong shape; nothing in it can be an answer
            return new ParsedCanvas(empty(file, findings), Optional.of(tree));
        }
        // a kind is a short id; a longer value cannot match one, and is quoted in messages: keep it short
        String kind = top.get(CANVAS) instanceof String s ? Excerpt.of(s.strip()) : "";
        Map<String, Answer> answers = new LinkedHashMap<>();
        Map<Integer, Location> squares = new HashMap<>();
        if (top.get(SQUARES) instanceof Map<?, ?> sq) {
            for (Map.Entry<?, ?> e : sq.entrySet()) {
                String id = String.valueOf(e.getKey());
                Field f = fields.get(id);
                if (f == null) {
                    continue; // unknown field: the schema says so, with a suggestion
                }
                Location at = tree.keyAt(sq, id);
                answers.put(f.id(), new Answer(f.id(), answerText(e.getValue()), at));
                squares.putIfAbsent(f.square(), at);
            }
        }
        Map<String, Map<String, Mark>> marks = new HashMap<>();
        Map<String, Location> checklists = new HashMap<>();
        if (top.containsKey(PREREQUISITES)) {
            checklists.put(PREREQUISITES_CHECKLIST, tree.keyAt(top, PREREQUISITES));
        }
        if (top.get(PREREQUISITES) instanceof Map<?, ?> pre) {
            marks.put(PREREQUISITES_CHECKLIST, marks(pre, PREREQUISITES_CHECKLIST, tree));
        }
        if (top.get(GATES) instanceof Map<?, ?> gates) {
            for (Map.Entry<?, ?> e : gates.entrySet()) {
                String id = String.valueOf(e.getKey());
                checklists.put(id, tree.keyAt(gates, id));
                if (e.getValue() instanceof Map<?, ?> items) {
                    marks.put(id, marks(items, id, tree));
                }
            }
        }
        Optional<CanvasDocument.Reference> ref = Optional.empty();
        String readiness = definition.readiness().map(spec -> spec.checklistId()).orElse("");
        if (top.get(CHECKLIST) instanceof String path && !path.isBlank()) {
            ref = Optional.of(new CanvasDocument.Reference(path.strip(), tree.keyAt(top, CHECKLIST)));
        } else if (top.get(CHECKLIST) instanceof Map<?, ?> items && !readiness.isEmpty()) {
            checklists.put(readiness, tree.keyAt(top, CHECKLIST));
            marks.put(readiness, marks(items, readiness, tree));
        }
        Map<String, Signoff> signoffs = new HashMap<>();
        if (top.get(SIGNOFFS) instanceof Map<?, ?> so) {
            checklists.put(SIGNOFFS, tree.keyAt(top, SIGNOFFS));
            for (Map.Entry<?, ?> e : so.entrySet()) {
                String role = String.valueOf(e.getKey());
                Location at = tree.keyAt(so, role);
                String name = "";
                Optional<LocalDate> date = Optional.empty();
                if (e.getValue() instanceof Map<?, ?> v) {
                    name = v.get("name") == null ? "" : String.valueOf(v.get("name")).strip();
                    try {
                        date = v.get("date") == null ? Optional.empty() : Optional.of(LocalDate.parse(String.valueOf(v.get("date")).strip()));
                    } catch (DateTimeParseException ex) {
                        date = Optional.empty(); // the schema reports the format
                    }
                }
                signoffs.put(role, new Signoff(role, name, date, at));
            }
        }
        CanvasDocument doc = new CanvasDocument(file, SourceFormat.YAML, kind, answers, squares, marks, checklists, findings,
                signoffs, ref);
        return new ParsedCanvas(doc, Optional.of(tree));
    }

    private Map<String, Mark> marks(Map<?, ?> items, String checklist, DataTree tree) {
        Map<String, Mark> out = new HashMap<>();
        Map<String, String> ids = itemIds.getOrDefault(checklist, Map.of());
        for (Map.Entry<?, ?> e : items.entrySet()) {
            String key = String.valueOf(e.getKey());
            String id = ids.getOrDefault(key, key);
            out.put(id, new Mark(id, Boolean.TRUE.equals(e.getValue()), tree.keyAt(items, key)));
        }
        return out;
    }

    /** Text of an answer; a number or boolean is kept as written (the schema flags its type). */
    private static String answerText(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal n) {
            return n.toPlainString();
        }
        if (v instanceof String s) {
            return s.strip();
        }
        return v instanceof Map || v instanceof List ? "" : String.valueOf(v);
    }

    private static CanvasDocument empty(String file, List<Finding> findings) {
        return new CanvasDocument(file, SourceFormat.YAML, "", Map.of(), Map.of(), Map.of(), Map.of(), findings);
    }
}

package dev.canvas.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A filled-in canvas, Markdown or YAML, read into one model. Everything after parsing works on this alone.
 *
 * @param file      path as the user gave it
 * @param format    how it was written
 * @param kind      the kind it declares ({@code production}), or "" when it does not say
 * @param answers   by field id; a field the canvas does not have at all is absent
 * @param squares   the squares the canvas has (heading or any answer), with where each starts
 * @param marks     checklist id, then item id, to the box; an item the canvas lacks is absent
 * @param checklists checklist id to where the canvas has that checklist (its label or key); absent if it has none
 * @param findings  what parsing itself found wrong (syntax, duplicates, unknown content)
 */
public record CanvasDocument(String file, SourceFormat format, String kind, Map<String, Answer> answers,
                             Map<Integer, Location> squares, Map<String, Map<String, Mark>> marks,
                             Map<String, Location> checklists, List<Finding> findings) {

    public CanvasDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(kind, "kind");
        answers = Map.copyOf(answers);
        squares = Map.copyOf(squares);
        marks = marks.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
        checklists = Map.copyOf(checklists);
        findings = List.copyOf(findings);
    }

    public Map<String, Mark> marks(String checklistId) {
        return marks.getOrDefault(checklistId, Map.of());
    }
}

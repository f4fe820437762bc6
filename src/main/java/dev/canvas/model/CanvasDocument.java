package dev.canvas.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * @param signoffs  role id to the sign-off the canvas records
 * @param checklistRef a separate checklist file the canvas names (its {@code checklist:} key), with where
 */
public record CanvasDocument(String file, SourceFormat format, String kind, Map<String, Answer> answers,
                             Map<Integer, Location> squares, Map<String, Map<String, Mark>> marks,
                             Map<String, Location> checklists, List<Finding> findings, Map<String, Signoff> signoffs,
                             Optional<Reference> checklistRef) {

    /** A path a canvas refers to, as written, and where it is written. */
    public record Reference(String path, Location location) {
    }

    /** A document without sign-offs or checklist reference. */
    public CanvasDocument(String file, SourceFormat format, String kind, Map<String, Answer> answers,
                          Map<Integer, Location> squares, Map<String, Map<String, Mark>> marks,
                          Map<String, Location> checklists, List<Finding> findings) {
        this(file, format, kind, answers, squares, marks, checklists, findings, Map.of(), Optional.empty());
    }

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
        signoffs = Map.copyOf(signoffs);
        Objects.requireNonNull(checklistRef, "checklistRef");
    }

    /** This document with another file's checklist marks and sign-offs merged in (a separate checklist file). */
    public CanvasDocument withChecklistFrom(CanvasDocument other, String checklistId) {
        Map<String, Map<String, Mark>> m = new java.util.HashMap<>(marks);
        m.put(checklistId, other.marks(checklistId));
        Map<String, Location> where = new java.util.HashMap<>(checklists);
        if (other.checklists().containsKey(checklistId)) {
            where.put(checklistId, other.checklists().get(checklistId));
        }
        Map<String, Signoff> s = new java.util.HashMap<>(signoffs);
        // a role signed in both: the fuller sign-off counts (a blank line in the file does not undo the canvas's)
        other.signoffs().forEach((role, o) -> s.merge(role, o, (mine, theirs) -> fullness(theirs) >= fullness(mine) ? theirs : mine));
        List<Finding> f = new java.util.ArrayList<>(findings);
        f.addAll(other.findings());
        return new CanvasDocument(file, format, kind, answers, squares, m, where, f, s, checklistRef);
    }

    private static int fullness(Signoff s) {
        return (s.name().isBlank() ? 0 : 1) + (s.date().isPresent() ? 1 : 0);
    }

    public Map<String, Mark> marks(String checklistId) {
        return marks.getOrDefault(checklistId, Map.of());
    }
}

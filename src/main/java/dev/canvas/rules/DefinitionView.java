package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.Checklist;
import dev.canvas.model.Field;
import dev.canvas.model.Square;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rules read of a definition, made once per definition instead of once per rule and file (the
 * definition's own accessors build their lists anew on every call). Whoever checks files against a definition
 * makes its view once and passes it to {@link RuleSet#check} with every document (check.Pipeline holds it beside
 * the definition's parsers). A definition is immutable, so this is too, and threads share it.
 */
public final class DefinitionView {

    private static final int[] NONE = new int[0];

    final CanvasDefinition def;
    /** {@link CanvasDefinition#squares()}. */
    final List<Square> squares;
    /** Every square's fields, in order, and the square of each. */
    final Field[] fields;
    final Square[] squareOf;
    /** Index into {@link #fields} of each square's first field (and one past the last square's). */
    final int[] firstField;
    private final Map<String, int[]> indexesById;
    private final Map<String, Checklist> checklistsById;

    public DefinitionView(CanvasDefinition def) {
        this.def = def;
        this.squares = def.squares();
        List<Field> fs = new ArrayList<>();
        List<Square> of = new ArrayList<>();
        firstField = new int[squares.size() + 1];
        for (int i = 0; i < squares.size(); i++) {
            firstField[i] = fs.size();
            for (Field f : squares.get(i).fields()) {
                fs.add(f);
                of.add(squares.get(i));
            }
        }
        firstField[squares.size()] = fs.size();
        this.fields = fs.toArray(new Field[0]);
        this.squareOf = of.toArray(new Square[0]);
        Map<String, List<Integer>> byId = new HashMap<>();
        for (int i = 0; i < fields.length; i++) {
            byId.computeIfAbsent(fields[i].id(), k -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> ix = new HashMap<>();
        byId.forEach((k, v) -> ix.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.indexesById = ix;
        Map<String, Checklist> cs = new HashMap<>();
        for (Checklist c : def.checklists()) {
            cs.putIfAbsent(c.id(), c); // the first of an id, as CanvasDefinition.checklist
        }
        this.checklistsById = cs;
    }

    /** The definition this is the view of. */
    public CanvasDefinition definition() {
        return def;
    }

    /** Indexes into {@link #fields} of the fields with this id, in order; empty when the template has none. */
    int[] indexes(String id) {
        int[] ix = indexesById.get(id);
        return ix == null ? NONE : ix;
    }

    /** {@link CanvasDefinition#checklist}, or null. */
    Checklist checklist(String id) {
        return checklistsById.get(id);
    }
}

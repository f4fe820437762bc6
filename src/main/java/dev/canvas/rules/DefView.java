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
 * definition's own accessors build their lists anew on every call). A definition is immutable, so this is too.
 */
final class DefView {

    /** The last definition's view: a run checks every file against one (or a few) definitions. */
    private static volatile DefView last;

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

    private DefView(CanvasDefinition def) {
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

    static DefView of(CanvasDefinition def) {
        DefView v = last;
        if (v == null || v.def != def) {
            v = new DefView(def);
            last = v;
        }
        return v;
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

    private static final int[] NONE = new int[0];
}

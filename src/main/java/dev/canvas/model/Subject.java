package dev.canvas.model;

import java.util.Objects;

/**
 * What part of the canvas a finding is about. Numbers are 0 and strings empty when they do not apply
 * (a finding about the whole file has {@link #NONE}).
 *
 * @param phase     phase number, 1-based, or 0
 * @param square    square number, 1-based, or 0
 * @param field     field id from the template ({@code success_metrics}), or ""
 * @param checklist checklist id ({@code prerequisites}, {@code phase-1}), or ""
 * @param item      checklist item id, or ""
 * @param itemText  the checklist item's text as the template words it, or "": what a report that lists several
 *                  items of one checklist shows of each
 */
public record Subject(int phase, int square, String field, String checklist, String item, String itemText) {

    public static final Subject NONE = new Subject(0, 0, "", "", "");

    public Subject {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(checklist, "checklist");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(itemText, "itemText");
    }

    /** A subject that names no checklist item's text. */
    public Subject(int phase, int square, String field, String checklist, String item) {
        this(phase, square, field, checklist, item, "");
    }

    public static Subject square(Square s) {
        return new Subject(s.phase(), s.number(), "", "", "");
    }

    public static Subject field(Square s, Field f) {
        return new Subject(s.phase(), s.number(), f.id(), "", "");
    }

    public static Subject item(Checklist c, ChecklistItem i) {
        return new Subject(c.phase(), 0, "", c.id(), i.id(), i.text());
    }
}

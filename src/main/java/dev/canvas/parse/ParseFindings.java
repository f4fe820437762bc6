package dev.canvas.parse;

import dev.canvas.model.Finding;
import dev.canvas.model.Location;
import dev.canvas.model.Severity;
import dev.canvas.model.Subject;

/** The findings parsing itself makes, with their rule ids. */
public final class ParseFindings {

    /** The file cannot be read as a canvas at all (syntax, encoding, binary, too large). */
    public static final String SYNTAX = "syntax-error";
    /** The file has no content. */
    public static final String EMPTY = "empty-canvas";
    /** The same field, box or key appears twice, so which one counts is unclear. */
    public static final String DUPLICATE = "duplicate-entry";
    /** Content the template does not define (an unknown square or checklist item). */
    public static final String UNKNOWN = "unknown-content";

    private ParseFindings() {
    }

    public static Finding syntax(Location at, String message, String fix) {
        return new Finding(SYNTAX, Severity.BLOCKER, at, Subject.NONE, message, fix);
    }

    public static Finding empty(String file) {
        return new Finding(EMPTY, Severity.BLOCKER, Location.of(file, 1), Subject.NONE, "the canvas is empty",
                "start from 'canvas init' and answer every question");
    }

    public static Finding duplicate(Location at, Subject subject, String message, String fix) {
        return new Finding(DUPLICATE, Severity.BLOCKER, at, subject, message, fix);
    }

    public static Finding unknown(Location at, String message, String fix) {
        return unknown(at, Subject.NONE, message, fix);
    }

    /** {@link #unknown(Location, String, String)} about {@code subject} (reported with it). */
    public static Finding unknown(Location at, Subject subject, String message, String fix) {
        return new Finding(UNKNOWN, Severity.WARNING, at, subject, message, fix);
    }
}

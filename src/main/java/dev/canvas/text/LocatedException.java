package dev.canvas.text;

import dev.canvas.model.Location;

/**
 * A file a check needs (a template, a configuration) that cannot be used: where, what, and how to fix it.
 * Subclasses name which kind of file, so that each maps to its own exit code.
 */
public abstract class LocatedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Location location;
    private final String fix;

    protected LocatedException(Location location, String message, String fix) {
        super(message);
        this.location = location;
        this.fix = fix;
    }

    public Location location() {
        return location;
    }

    public String fix() {
        return fix;
    }

    /** {@code file:line: message; fix}, the one line a user sees. */
    public String oneLine() {
        return location + ": " + getMessage() + "; " + fix;
    }
}

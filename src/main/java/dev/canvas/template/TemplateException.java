package dev.canvas.template;

import dev.canvas.model.Location;

/** A template the tool cannot use: the check cannot run. Says where, what and how to fix it. */
public final class TemplateException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Location location;
    private final String fix;

    public TemplateException(Location location, String message, String fix) {
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
}

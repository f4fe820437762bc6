package dev.canvas.config;

import dev.canvas.model.Location;

/** A configuration file that cannot be used: where, what, and how to fix it. Never a silent default. */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Location location;
    private final String fix;

    public ConfigException(Location location, String message, String fix) {
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

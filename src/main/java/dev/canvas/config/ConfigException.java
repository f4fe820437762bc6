package dev.canvas.config;

import dev.canvas.model.Location;
import dev.canvas.text.LocatedException;

/** A configuration file that cannot be used: where, what, and how to fix it. Never a silent default. */
public final class ConfigException extends LocatedException {

    private static final long serialVersionUID = 1L;

    public ConfigException(Location location, String message, String fix) {
        super(location, message, fix);
    }
}

package dev.canvas.template;

import dev.canvas.model.Location;
import dev.canvas.text.LocatedException;

/** A template the tool cannot use: the check cannot run. Says where, what and how to fix it. */
public final class TemplateException extends LocatedException {

    private static final long serialVersionUID = 1L;

    public TemplateException(Location location, String message, String fix) {
        super(location, message, fix);
    }
}

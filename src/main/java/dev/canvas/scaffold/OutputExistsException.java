package dev.canvas.scaffold;

import java.nio.file.Path;

/** The target file exists and the user did not ask to overwrite it. */
public final class OutputExistsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public OutputExistsException(Path path) {
        super(path + " already exists");
        this.path = path;
    }

    public Path path() {
        return path;
    }
}

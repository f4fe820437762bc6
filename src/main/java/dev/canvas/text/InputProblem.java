package dev.canvas.text;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * A file that cannot be read as text: what is wrong, where, and how to fix it. A value, not an exception:
 * canvases turn it into a finding, templates into an error.
 *
 * @param line    1-based line, or 0 for the whole file
 * @param message what is wrong
 * @param fix     how to fix it
 */
public record InputProblem(int line, String message, String fix) {

    /** Short, user-facing words for an I/O failure: "no such file or directory", "permission denied", ... */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}

package dev.canvas.model;

import java.util.Objects;

/**
 * A place in a file, as a user's editor counts it.
 *
 * @param file   the path as the user gave it (never null)
 * @param line   1-based line number, or 0 when the place is the whole file
 * @param column 1-based column in characters, or 0 when unknown
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

    public Location {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 for unknown: " + line + ":" + column);
        }
    }

    /** The whole file, no line. */
    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    public static Location of(String file, int line) {
        return new Location(file, line, 0);
    }

    public boolean hasLine() {
        return line > 0;
    }

    /** {@code file:line:col}, {@code file:line} or {@code file}, as compilers print it. */
    @Override
    public String toString() {
        if (line == 0) {
            return file;
        }
        return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    @Override
    public int compareTo(Location o) {
        int c = file.compareTo(o.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}

package dev.canvas.check;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A canvas given on standard input ({@code canvas check -}): the stream it is read from, and the name it is
 * checked as ({@code --stdin-filename}). The name decides what a file's name decides: the format (by its
 * extension; without a name the text is sniffed), the path every report shows, and the configuration, which is
 * the one of a canvas at that path (the nested {@code .canvas.yaml} files down to its folder, under the same trust
 * rules). Without a name it is shown as {@value #DISPLAY} and configured as a canvas in the working directory.
 *
 * @param in   the stream, read once to its end (or past the size limit); the caller owns it
 * @param name the name given, or empty
 */
public record StdinCanvas(InputStream in, Optional<String> name) {

    /** The argument that stands for standard input among the paths. */
    public static final String ARG = "-";
    /** How a canvas on standard input without a name is shown. */
    public static final String DISPLAY = "<stdin>";

    public StdinCanvas {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
    }

    /** The path reports show. */
    public String display() {
        return name.orElse(DISPLAY);
    }

    /** Where the canvas is taken to be, for its configuration: the name, else a file in the working directory. */
    Path configPath() {
        return name.map(Path::of).orElse(Path.of("").toAbsolutePath().resolve("stdin"));
    }
}

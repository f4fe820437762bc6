package dev.canvas.cli;

import static dev.canvas.text.Untrusted.printable;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.scaffold.AtomicFileWriter;
import dev.canvas.scaffold.OutputExistsException;
import dev.canvas.schema.CanvasSchema;
import dev.canvas.text.InputProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON Schema a YAML canvas's first line names ({@code # yaml-language-server: $schema=NAME}), written beside
 * the canvas so that editors complete and explain it offline: by {@code init} and by {@code promote} alike.
 */
final class SchemaBeside {

    private SchemaBeside() {
    }

    /** The schema's file name for a definition: {@code production-canvas.schema.json}. */
    static String name(CanvasDefinition def) {
        return def.kind() + "-canvas.schema.json";
    }

    /**
     * Writes the schema of {@code def} as {@code name} in the directory of {@code canvas}. An identical one is left
     * alone; a different one is replaced only with {@code force}, else left as it is with a note. Never fails the
     * command: the canvas is written already, and a note says what was not done.
     */
    static void write(CanvasDefinition def, Path canvas, String name, boolean force, Main.Env env) {
        Path schemaPath = canvas.toAbsolutePath().getParent().resolve(name);
        // as the user named the canvas's folder ("sub/x.yaml" -> "sub/production-canvas.schema.json")
        Path shown = canvas.getParent() == null ? Path.of(name) : canvas.getParent().resolve(name);
        String json = CanvasSchema.of(def).json();
        try {
            if (Files.exists(schemaPath) && Files.readString(schemaPath, StandardCharsets.UTF_8).equals(json)) {
                return;
            }
            new AtomicFileWriter().write(schemaPath, json, force);
            env.out().println("wrote " + printable(shown.toString()) + " (JSON Schema for editor completion)");
        } catch (OutputExistsException e) {
            env.err().println("canvas: note: " + printable(shown.toString())
                    + " exists and differs from this template's schema; left as it is (pass --force to replace it)");
        } catch (IOException e) {
            env.err().println("canvas: note: could not write " + printable(shown.toString()) + ": " + InputProblem.describe(e));
        }
    }
}

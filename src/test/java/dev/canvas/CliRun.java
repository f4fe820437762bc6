package dev.canvas;

import dev.canvas.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the CLI in-process with captured streams, as a user would see it. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        return of(Map.of(), args);
    }

    /** With {@code input} on standard input. */
    public static CliRun withInput(byte[] input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Main(new PrintWriter(out), new PrintWriter(err), Map.of(), false, new ByteArrayInputStream(input)).run(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    public static CliRun of(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Main(new PrintWriter(out), new PrintWriter(err), env, false).run(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}

package dev.canvas.hostile;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One hostile input: a folder under {@code src/test/resources/hostile/} with the input files and an {@code expect}
 * file of {@code key: value} lines ({@code #} starts a comment):
 *
 * <ul>
 *   <li>{@code exit: N} (required): the exit code;</li>
 *   <li>{@code contains: TEXT} (one or more): a fragment of standard output or error, one line of it;</li>
 *   <li>{@code err: TEXT}: a fragment of standard error;</li>
 *   <li>{@code args: ARG ARG ...}: the command line, split on spaces; {@code {dir}} is the case's working copy,
 *       {@code {good}} a good canvas ({@code examples/go.md}). Default: {@code check --all}, every input file, {@code {good}};</li>
 *   <li>{@code setup: ACTION ...} (zero or more), run in the working copy before the command: {@code fifo NAME},
 *       {@code symlink NAME TARGET}, {@code mkdir NAME}, {@code unreadable NAME} (skipped where chmod does not stop
 *       reading, as for root), {@code repeat NAME PREFIX|UNIT|COUNT|SUFFIX} (writes PREFIX, UNIT COUNT times, SUFFIX;
 *       {@code \n}, {@code \t}, {@code \\uXXXX} and {@code \|} escapes), {@code deep-yaml NAME LEVELS} (a block mapping
 *       nested LEVELS deep, one space per level). Big and special files are made this way, never committed.</li>
 * </ul>
 */
record HostileCase(String name, Path folder, int exit, List<String> contains, List<String> err, List<String> args,
                   List<String> setup) {

    static final String GOOD = "examples/go.md";

    static HostileCase read(Path folder) throws IOException {
        Path expect = folder.resolve("expect");
        if (!Files.exists(expect)) {
            fail("hostile case " + folder + " has no 'expect' file");
        }
        Integer exit = null;
        List<String> contains = new ArrayList<>();
        List<String> err = new ArrayList<>();
        List<String> args = new ArrayList<>();
        List<String> setup = new ArrayList<>();
        for (String raw : Files.readAllLines(expect, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                fail(expect + ": not 'key: value': " + line);
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "exit" -> exit = Integer.parseInt(value);
                case "contains" -> contains.add(value);
                case "err" -> err.add(value);
                case "args" -> args.addAll(List.of(value.split(" +")));
                case "setup" -> setup.add(value);
                default -> fail(expect + ": unknown key '" + key + "'");
            }
        }
        if (exit == null) {
            fail(expect + ": no 'exit:' line");
        }
        if (contains.isEmpty() && err.isEmpty()) {
            fail(expect + ": no 'contains:' or 'err:' line: every case says what the user is told");
        }
        return new HostileCase(folder.getFileName().toString(), folder, exit, contains, err, args, setup);
    }

    /** Copies the inputs into {@code dir}, runs the setup, and returns the command line. */
    String[] prepare(Path dir) throws IOException, InterruptedException {
        List<String> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted().toList()) {
                Path rel = folder.relativize(f);
                if (f.equals(folder) || rel.toString().equals("expect")) {
                    continue;
                }
                Path to = dir.resolve(rel.toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                    if (rel.getNameCount() == 1) {
                        inputs.add(to.toString());
                    }
                }
            }
        }
        for (String s : setup) {
            inputs.addAll(setUp(dir, s));
        }
        List<String> cmd = new ArrayList<>();
        if (args.isEmpty()) {
            cmd.add("check");
            cmd.add("--all"); // every finding, so that an expectation can name any of them
            cmd.addAll(inputs.stream().sorted().toList());
            cmd.add(GOOD);
        } else {
            for (String a : args) {
                cmd.add(a.replace("{dir}", dir.toString()).replace("{good}", GOOD));
            }
        }
        return cmd.toArray(String[]::new);
    }

    boolean withGoodCanvas(String[] cmd) {
        return List.of(cmd).contains(GOOD);
    }

    /** Runs one setup action; returns the files it made that are inputs. */
    private static List<String> setUp(Path dir, String action) throws IOException, InterruptedException {
        String[] w = action.split(" ", 3);
        Path p = dir.resolve(w[1]);
        switch (w[0]) {
            case "fifo" -> {
                Process mk;
                try {
                    mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
                } catch (IOException e) {
                    assumeTrue(false, "mkfifo is not available here: " + e.getMessage());
                    return List.of();
                }
                assumeTrue(mk.waitFor(5, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo failed");
                return List.of(p.toString());
            }
            case "symlink" -> {
                Files.createSymbolicLink(p, Path.of(w[2]));
                return List.of(p.toString());
            }
            case "mkdir" -> {
                Files.createDirectories(p);
                return List.of();
            }
            case "unreadable" -> {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
                assumeFalse(Files.isReadable(p), "chmod 000 does not stop this user (root?) from reading; case skipped");
                return List.of();
            }
            case "repeat" -> {
                String[] parts = w[2].split("(?<!\\\\)\\|", -1);
                if (parts.length != 4) {
                    fail("repeat needs PREFIX|UNIT|COUNT|SUFFIX: " + action);
                }
                byte[] unit = unescape(parts[1]).getBytes(StandardCharsets.UTF_8);
                long count = Long.parseLong(parts[2]);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
                    out.write(unescape(parts[0]).getBytes(StandardCharsets.UTF_8));
                    for (long i = 0; i < count; i++) {
                        out.write(unit);
                    }
                    out.write(unescape(parts[3]).getBytes(StandardCharsets.UTF_8));
                }
                return List.of(p.toString());
            }
            case "deep-yaml" -> {
                int levels = Integer.parseInt(w[2]);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
                    out.write("canvas: production\nx-deep:\n".getBytes(StandardCharsets.UTF_8));
                    for (int i = 1; i <= levels; i++) {
                        out.write(" ".repeat(i).getBytes(StandardCharsets.UTF_8));
                        out.write(("k" + i + ":\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
                return List.of(p.toString());
            }
            default -> {
                fail("unknown setup action: " + action);
                return List.of();
            }
        }
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(n);
            }
        }
        return out.toString();
    }
}

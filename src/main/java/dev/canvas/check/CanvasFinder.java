package dev.canvas.check;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the paths a user gives into files to check. A file is checked as given; a directory is searched
 * recursively (hidden directories and symbolic links are not followed) for {@code .md}, {@code .markdown},
 * {@code .yaml} and {@code .yml} files, which are checked only if they look like canvases.
 */
public final class CanvasFinder {

    /**
     * A file to check.
     *
     * @param path     where it is
     * @param display  how reports name it
     * @param explicit named by the user (always checked) rather than found in a directory (checked if a canvas)
     * @param origin   the argument it came from
     */
    public record Target(Path path, String display, boolean explicit, String origin) {
    }

    /** What the arguments resolve to, and the arguments that do not resolve (as one-line messages). */
    public record Resolution(List<Target> targets, List<String> errors) {
    }

    private CanvasFinder() {
    }

    public static Resolution resolve(List<String> args) {
        List<Target> targets = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String arg : args) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try {
                    List<Path> found = walk(p);
                    for (Path f : found) {
                        targets.add(new Target(f, display(arg, p.relativize(f)), false, arg));
                    }
                } catch (IOException e) {
                    errors.add(arg + ": cannot read the directory: " + Inputs.describe(e));
                }
            } else if (Files.exists(p)) {
                targets.add(new Target(p, arg, true, arg));
            } else {
                errors.add(arg + ": no such file or directory");
            }
        }
        return new Resolution(targets, errors);
    }

    private static String display(String arg, Path rel) {
        String base = arg.endsWith("/") ? arg.substring(0, arg.length() - 1) : arg;
        return base.equals(".") ? rel.toString() : base + "/" + rel;
    }

    static boolean canvasExtension(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".yaml") || n.endsWith(".yml");
    }

    private static List<Path> walk(Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                return !dir.equals(root) && (name.startsWith(".") || name.equals("node_modules"))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && canvasExtension(file.getFileName().toString())) {
                    out.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE; // an unreadable entry in a tree is not a canvas we were asked for
            }
        });
        out.sort(null);
        return out;
    }
}

package dev.canvas.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Turns the paths a user gives into files to check.
 * <ul>
 *   <li>A file is checked as given.</li>
 *   <li>A directory is searched recursively for {@code .md}, {@code .markdown}, {@code .yaml} and {@code .yml}
 *       files (hidden directories and {@code node_modules} skipped, symbolic links not followed).</li>
 *   <li>A glob ({@code 'docs/**}{@code /*.md'}, quoted so the shell leaves it alone) matches paths relative to
 *       its fixed leading part; {@code **} matches any number of directories, none included.</li>
 * </ul>
 * Files found by a directory or a glob are checked only if they look like canvases, and inside a git work tree
 * files that git ignores are skipped (asking {@code git check-ignore}; without git, nothing is skipped).
 */
public final class CanvasFinder {

    /**
     * A file to check.
     *
     * @param path     where it is
     * @param display  how reports name it
     * @param explicit named by the user (always checked) rather than found (checked if it is a canvas)
     * @param origin   the argument it came from
     */
    public record Target(Path path, String display, boolean explicit, String origin) {
    }

    /**
     * What the arguments resolve to.
     *
     * @param targets files to check, in argument order (each argument's files sorted by path)
     * @param errors  one-line messages for arguments that resolve to nothing
     * @param skipped one-line notes on files passed over, and why (for {@code --verbose})
     */
    public record Resolution(List<Target> targets, List<String> errors, List<String> skipped) {
    }

    private CanvasFinder() {
    }

    static boolean isGlob(String arg) {
        return arg.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    public static Resolution resolve(List<String> args) {
        List<Target> targets = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String arg : args) {
            Path p = Path.of(arg.isEmpty() ? "." : arg);
            if (arg.isEmpty()) {
                errors.add("'' (an empty path): no such file or directory");
            } else if (Files.isDirectory(p)) {
                found(arg, p, walk(p, null, skipped), targets, errors, skipped);
            } else if (Files.exists(p) || Files.isSymbolicLink(p)) {
                targets.add(new Target(p, arg, true, arg));
            } else if (isGlob(arg)) {
                glob(arg, targets, errors, skipped);
            } else {
                errors.add(arg + ": no such file or directory");
            }
        }
        return new Resolution(targets, errors, skipped);
    }

    private static void glob(String arg, List<Target> targets, List<String> errors, List<String> skipped) {
        // the fixed part before the first segment with a wildcard is where the search starts
        String[] parts = arg.split("/", -1);
        int fixed = 0;
        while (fixed < parts.length - 1 && !isGlob(parts[fixed])) {
            fixed++;
        }
        String base = String.join("/", java.util.Arrays.copyOfRange(parts, 0, fixed));
        String pattern = String.join("/", java.util.Arrays.copyOfRange(parts, fixed, parts.length));
        Path root = base.isEmpty() ? Path.of(arg.startsWith("/") ? "/" : ".") : Path.of(base);
        if (!Files.isDirectory(root)) {
            errors.add(arg + ": the glob matches nothing (" + (base.isEmpty() ? "." : base) + " is not a directory)");
            return;
        }
        PathMatcher exact = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        // "**/" also matches no directory at all, as shells with globstar do
        PathMatcher shallow = FileSystems.getDefault().getPathMatcher("glob:" + pattern.replace("**/", ""));
        List<Path> files = walk(root, rel -> exact.matches(rel) || shallow.matches(rel), skipped);
        if (files.isEmpty()) {
            errors.add(arg + ": the glob matches no .md or .yaml file");
            return;
        }
        found(arg, root, files, targets, errors, skipped);
    }

    private static void found(String arg, Path root, List<Path> files, List<Target> targets, List<String> errors,
                              List<String> skipped) {
        Set<Path> ignored = gitIgnored(files);
        for (Path f : files) {
            String display = display(arg, root, f);
            if (ignored.contains(f.toAbsolutePath().normalize())) {
                skipped.add(display + ": ignored by git (.gitignore)");
            } else {
                targets.add(new Target(f, display, false, arg));
            }
        }
    }

    private static String display(String arg, Path root, Path f) {
        Path rel = root.relativize(f);
        if (isGlob(arg)) {
            String r = root.toString();
            return r.equals(".") ? rel.toString() : r.endsWith("/") ? r + rel : r + "/" + rel;
        }
        String base = arg.endsWith("/") && arg.length() > 1 ? arg.substring(0, arg.length() - 1) : arg;
        return base.equals(".") ? rel.toString() : base + "/" + rel;
    }

    static boolean canvasExtension(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /** Files under {@code root} with a canvas extension, sorted; {@code filter} sees paths relative to root. */
    private static List<Path> walk(Path root, java.util.function.Predicate<Path> filter, List<String> skipped) {
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(root) && (name.startsWith(".") || name.equals("node_modules"))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (canvasExtension(file.getFileName().toString())
                            && (filter == null || filter.test(root.relativize(file)))) {
                        if (attrs.isRegularFile()) {
                            out.add(file);
                        } else {
                            skipped.add(file + ": not a regular file (a link, pipe or device)");
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    skipped.add(file + ": cannot be read: " + Inputs.describe(exc));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            skipped.add(root + ": cannot be read: " + Inputs.describe(e));
        }
        out.sort(null);
        return out;
    }

    /**
     * The files git ignores, asked of git itself so that every .gitignore rule (nested files, negation,
     * global excludes) is honoured. Outside a work tree, or without git, none.
     */
    static Set<Path> gitIgnored(List<Path> files) {
        Map<Path, List<Path>> byRepo = new LinkedHashMap<>();
        Map<Path, Optional<Path>> repoOfDir = new HashMap<>(); // files share a few directories: each is looked up once
        for (Path f : files) {
            Path abs = f.toAbsolutePath().normalize();
            Path dir = abs.getParent();
            Optional<Path> repo = dir == null ? Optional.empty() : repoOfDir.computeIfAbsent(dir, d -> Optional.ofNullable(repoRoot(abs)));
            repo.ifPresent(r -> byRepo.computeIfAbsent(r, k -> new ArrayList<>()).add(abs));
        }
        Set<Path> ignored = new HashSet<>();
        for (Map.Entry<Path, List<Path>> e : byRepo.entrySet()) {
            ignored.addAll(checkIgnore(e.getKey(), e.getValue()));
        }
        return ignored;
    }

    private static Path repoRoot(Path file) {
        for (Path d = file.getParent(); d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return d;
            }
        }
        return null;
    }

    private static List<Path> checkIgnore(Path repo, List<Path> files) {
        List<Path> out = new ArrayList<>();
        try {
            Process p = new ProcessBuilder("git", "-C", repo.toString(), "check-ignore", "-z", "--stdin")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // write on another thread: git answers while it reads, and both pipes have finite buffers
            Thread writer = new Thread(() -> {
                try (OutputStream in = p.getOutputStream()) {
                    for (Path f : files) {
                        in.write(f.toString().getBytes(StandardCharsets.UTF_8));
                        in.write(0);
                    }
                } catch (IOException ignoredWhenGitExits) {
                    // git stopped reading: its answer so far is what we have
                }
            });
            writer.start();
            byte[] answer;
            try (InputStream outp = p.getInputStream()) {
                answer = outp.readAllBytes();
            }
            writer.join(TimeUnit.SECONDS.toMillis(10));
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return out;
            }
            for (String s : new String(answer, StandardCharsets.UTF_8).split("\0")) {
                if (!s.isEmpty()) {
                    out.add(Path.of(s).toAbsolutePath().normalize());
                }
            }
        } catch (IOException e) {
            return out; // no git on this machine: nothing is ignored
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }
}

package dev.canvas.check;

import dev.canvas.model.Skip;
import dev.canvas.text.Repository;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
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
 *       files (hidden directories and {@code node_modules} skipped). Symbolic links that stay inside the
 *       repository ({@link Repository#rootOf}) are followed, each file checked once; a file with a canvas's name
 *       that is a link leading outside it, a dangling link or a loop is an error of the run (exit 66), never a
 *       silent pass; folders linked from outside, pipes and devices are passed over and reported.</li>
 *   <li>A glob ({@code 'docs/**}{@code /*.md'}, quoted so the shell leaves it alone) matches paths relative to
 *       its fixed leading part as bash's globstar does ({@link Glob}), hidden folders it names included;
 *       {@code node_modules} is never searched; a malformed one is a usage error.</li>
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
     * @param errors  one-line messages for arguments that resolve to nothing, and for paths a search cannot read
     * @param skipped one-line notes on every file passed over, and why (for {@code --verbose})
     * @param notable the passed-over paths that may hold a canvas, or could not be read: always reported
     */
    public record Resolution(List<Target> targets, List<String> errors, List<String> skipped, List<Skip> notable) {
    }

    /** A glob that cannot be compiled (an unclosed '[' or '{'): a usage error (exit 64), one line. */
    public static final class BadGlobException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadGlobException(String message) {
            super(message);
        }
    }

    private static final String DANGLING = "a link that leads nowhere (dangling, or a loop), so not checked";

    private CanvasFinder() {
    }

    static boolean isGlob(String arg) {
        return arg.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /** @throws BadGlobException for a malformed glob, before anything is searched */
    public static Resolution resolve(List<String> args) {
        Map<String, GlobArg> globs = new HashMap<>();
        for (String arg : args) {
            Path p = arg.isEmpty() ? null : pathOrNull(arg);
            if (isGlob(arg) && (p == null || !Files.exists(p) && !Files.isSymbolicLink(p))) {
                globs.put(arg, GlobArg.of(arg));
            }
        }
        List<Target> targets = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Skip> notable = new ArrayList<>();
        Notes notes = new Notes(skipped, notable, errors);
        for (String arg : args) {
            Path p = arg.isEmpty() ? Path.of(".") : pathOrNull(arg);
            if (arg.isEmpty()) {
                errors.add("'' (an empty path): no such file or directory");
            } else if (p != null && Files.isDirectory(p)) {
                found(arg, p, walk(arg, p, null, notes), targets, skipped);
            } else if (p != null && (Files.exists(p) || Files.isSymbolicLink(p))) {
                targets.add(new Target(p, arg, true, arg));
            } else if (globs.containsKey(arg)) {
                glob(arg, globs.get(arg), targets, errors, notes);
            } else {
                errors.add(arg + ": no such file or directory");
            }
        }
        return new Resolution(targets, errors, skipped, notable);
    }

    private static Path pathOrNull(String arg) {
        try {
            return Path.of(arg);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Where skips go: every one to --verbose; those that may hide a canvas to the report too; failures as errors. */
    private record Notes(List<String> skipped, List<Skip> notable, List<String> errors) {
        void quiet(String display, String reason) {
            skipped.add(display + ": " + reason);
        }

        void notable(String display, String reason) {
            skipped.add(display + ": " + reason);
            notable.add(new Skip(display, reason, false));
        }

        void unreadable(String display, String reason) {
            skipped.add(display + ": " + reason);
            notable.add(new Skip(display, reason, true));
            errors.add(display + ": " + reason);
        }
    }

    /** A glob argument: its fixed leading part, where the search starts, and the rest, compiled. */
    private record GlobArg(String base, Glob glob) {
        /** @throws BadGlobException for a malformed glob */
        static GlobArg of(String arg) {
            String[] parts = arg.split("/", -1);
            int fixed = 0;
            while (fixed < parts.length - 1 && !isGlob(parts[fixed])) {
                fixed++;
            }
            String pattern = String.join("/", Arrays.copyOfRange(parts, fixed, parts.length));
            try {
                return new GlobArg(String.join("/", Arrays.copyOfRange(parts, 0, fixed)), Glob.compile(pattern));
            } catch (BadGlobException e) {
                throw new BadGlobException(arg + ": " + e.getMessage());
            }
        }
    }

    private static void glob(String arg, GlobArg g, List<Target> targets, List<String> errors, Notes notes) {
        String base = g.base();
        Path root = base.isEmpty() ? Path.of(arg.startsWith("/") ? "/" : ".") : Path.of(base);
        if (!Files.isDirectory(root)) {
            errors.add(arg + ": the glob matches nothing (" + (base.isEmpty() ? "." : base) + " is not a directory)");
            return;
        }
        List<Path> files = walk(arg, root, g.glob(), notes);
        if (files.isEmpty()) {
            errors.add(arg + ": the glob matches no .md or .yaml file");
            return;
        }
        found(arg, root, files, targets, notes.skipped());
    }

    private static void found(String arg, Path root, List<Path> files, List<Target> targets, List<String> skipped) {
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

    /**
     * Files under {@code root} with a canvas extension, sorted; {@code glob} (null for a directory search) sees
     * paths relative to root. Symbolic links are followed while they stay inside the repository; each file is
     * listed once. A file with a canvas's name that cannot be checked because of its link is an error of the run.
     */
    private static List<Path> walk(String arg, Path root, Glob glob, Notes notes) {
        List<Path> out = new ArrayList<>();
        Path repo = Repository.rootOf(root);
        final class Visitor extends SimpleFileVisitor<Path> {
            /** Whether any link was followed: only then can a file be found twice. */
            boolean followedLink;

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean hidden = name.startsWith(".") && (glob == null || !glob.mayMatchBelow(root.relativize(dir)));
                if (hidden || name.equals("node_modules")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (Files.isSymbolicLink(dir)) {
                    if (!Repository.contains(repo, dir)) {
                        notes.notable(display(arg, root, dir), "a link to a folder outside the repository; not followed");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    followedLink = true;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!wanted(file)) {
                    return FileVisitResult.CONTINUE;
                }
                String shown = display(arg, root, file);
                boolean link = Files.isSymbolicLink(file);
                followedLink |= link;
                if (attrs.isSymbolicLink()) { // following it failed
                    notes.unreadable(shown, DANGLING);
                } else if (link && !Repository.contains(repo, file)) {
                    notes.unreadable(shown, "a link to a file outside the repository; not followed, so not checked");
                } else if (!attrs.isRegularFile()) {
                    notes.notable(shown, "not a regular file (a pipe, device or socket)");
                } else {
                    out.add(file); // a file of /proc in a search of /proc is refused when it is read (SourceText)
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                String shown = display(arg, root, file);
                if (exc instanceof FileSystemLoopException) {
                    notes.quiet(shown, "a link to a folder already searched (a loop); not followed again");
                } else if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                    if (wanted(file)) {
                        notes.unreadable(shown, DANGLING);
                    }
                } else {
                    notes.unreadable(shown, "cannot be read: " + Inputs.describe(exc));
                }
                return FileVisitResult.CONTINUE;
            }

            /** A file with a canvas's name that the glob, if any, matches. */
            private boolean wanted(Path file) {
                return canvasExtension(file.getFileName().toString()) && (glob == null || glob.matches(root.relativize(file)));
            }
        }
        Visitor visitor = new Visitor();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, visitor);
        } catch (IOException e) {
            notes.unreadable(arg, "cannot be read: " + Inputs.describe(e));
        }
        out.sort(null);
        if (!visitor.followedLink) {
            return out;
        }
        // each file once, at the first of its paths in sorted order (a link and its target are the same canvas)
        Map<Path, Path> seen = new HashMap<>();
        List<Path> once = new ArrayList<>(out.size());
        for (Path file : out) {
            Path first = seen.putIfAbsent(Repository.real(file), file);
            if (first == null) {
                once.add(file);
            } else {
                notes.quiet(display(arg, root, file), "the same file as " + display(arg, root, first) + " (a link)");
            }
        }
        return once;
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

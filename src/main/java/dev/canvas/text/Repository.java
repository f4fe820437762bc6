package dev.canvas.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a canvas's repository is, and whether a path is inside it: the one place that answers both, so that every
 * containment check (the {@code checklist:} file, {@code .canvas.yaml} files, evidence links, files found by a
 * search) is made the same way, on real paths (symbolic links resolved), never on the path's text.
 *
 * <p>The repository of a file under the working directory is the working directory's repository: its git work
 * tree, else (outside git) the working directory itself; a {@code .git} deeper down, such as a submodule's, does not
 * make a new root (the working directory's repository is the one CI checked out). For a file outside the working
 * directory it is the git work tree the file is in, else the file's own directory. Never a parent folder of the
 * machine outside all of these. The answer is found once per directory: a run does not change the layout.
 */
public final class Repository {

    /** The working directory's root, found once (a run never changes directory). */
    private static volatile Path cwdRoot;

    private Repository() {
    }

    /** The real path of the working directory's repository: its git work tree, else the working directory. */
    public static Path ofWorkingDirectory() {
        Path r = cwdRoot;
        if (r == null) {
            Path cwd = real(Path.of(""));
            Optional<Path> git = gitTop(cwd);
            r = git.orElse(cwd);
            cwdRoot = r;
        }
        return r;
    }

    /** The root of each directory asked about, by its absolute path: canvases share a few directories. */
    private static final Map<Path, Path> ROOTS = new ConcurrentHashMap<>();

    /** The real path of the repository holding {@code dir} (a directory), as the class comment says. */
    public static Path rootOf(Path dir) {
        return ROOTS.computeIfAbsent(dir.toAbsolutePath().normalize(), a -> {
            Path d = real(a);
            Path cwd = ofWorkingDirectory();
            return d.startsWith(cwd) ? cwd : gitTop(d).orElse(d);
        });
    }

    /** The nearest directory at or above {@code dir} with a {@code .git} entry (a directory or a worktree's file). */
    private static Optional<Path> gitTop(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * The path with every symbolic link resolved, as far as it exists: the missing rest is appended to the real
     * path of its longest existing part, normalised. A link loop or an unreadable part leaves the path absolute
     * and normalised (which a containment check then judges as written): at most {@value #MAX_HOPS} links are
     * followed, as the kernel does, so that {@code l1 -> l2 -> l1} ends.
     */
    public static Path real(Path p) {
        return real(p, MAX_HOPS);
    }

    /** Links followed at most in resolving one path (Linux's limit is 40). */
    private static final int MAX_HOPS = 40;

    private static Path real(Path p, int hops) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            Path parent = abs.getParent();
            if (parent == null || abs.getFileName() == null) {
                return abs;
            }
            if (Files.isSymbolicLink(abs)) {
                try {
                    Path target = Files.readSymbolicLink(abs);
                    Path next = parent.resolve(target).normalize();
                    if (hops > 0) {
                        return real(next, hops - 1); // a dangling link: where it would lead
                    }
                } catch (IOException | UnsupportedOperationException ignored) {
                    // judged as written
                }
                return abs;
            }
            return real(parent, hops).resolve(abs.getFileName());
        }
    }

    /** Whether {@code p}, symbolic links resolved, is {@code root} (a real path, as {@link #rootOf} gives) or inside it. */
    public static boolean contains(Path root, Path p) {
        return real(p).startsWith(root);
    }

    /**
     * Why a path (symbolic links resolved) must not be opened as a file, or empty: it is not a regular file (a
     * directory, a device, a pipe, a socket), or it is in {@code /proc}, {@code /sys} or {@code /dev}, whose
     * "regular" files can block a read forever ({@code /proc/kmsg}) or never end.
     */
    public static Optional<String> unsafeToRead(Path p) {
        Path r = real(p);
        if (Files.exists(r) && !Files.isRegularFile(r)) {
            return Optional.of("not a regular file (a directory, device or pipe)");
        }
        if (r.startsWith("/proc") || r.startsWith("/sys") || r.startsWith("/dev")) {
            return Optional.of("a system file (under /" + r.getName(0) + "), which is never read");
        }
        return Optional.empty();
    }
}

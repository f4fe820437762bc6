package dev.canvas.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commit a git work tree is at, read from its files without running git: {@code .git/HEAD}, the loose ref it
 * names, else {@code packed-refs}; a linked work tree's {@code .git} file and {@code commondir} are followed. What it
 * cannot read (no work tree, a reftable repository, an odd file) gives nothing: a report never fails for it.
 */
final class GitHead {

    /** How many hex digits a short commit has (git's least, as GitHub shows it). */
    static final int SHORT = 7;
    /** The largest HEAD, ref or {@code .git} file read: each holds one line. */
    private static final long SMALL = 4096;
    /** How many symbolic refs are followed before giving up (git's own limit is 5). */
    private static final int DEPTH = 5;
    private static final Pattern OBJECT = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
    private static final Pattern REF = Pattern.compile("refs/[A-Za-z0-9._/+-]+");

    private GitHead() {
    }

    /** The short commit of the work tree {@code dir} is in, or nothing. */
    static Optional<String> shortCommit(Path dir) {
        return commit(dir).map(c -> c.substring(0, SHORT));
    }

    /** The full commit of the work tree {@code dir} is in, or nothing. */
    static Optional<String> commit(Path dir) {
        try {
            for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
                Path dotGit = d.resolve(".git");
                if (Files.isDirectory(dotGit)) {
                    return fromGitDir(dotGit);
                }
                if (Files.isRegularFile(dotGit)) {
                    // a linked work tree or a submodule: "gitdir: PATH", relative to the work tree
                    String line = small(dotGit).orElse("");
                    return line.startsWith("gitdir:") ? fromGitDir(d.resolve(line.substring("gitdir:".length()).strip()))
                            : Optional.empty();
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable or strange repository: the report is made without its commit
        }
        return Optional.empty();
    }

    private static Optional<String> fromGitDir(Path gitDir) throws IOException {
        Path common = gitDir;
        Optional<String> commonDir = small(gitDir.resolve("commondir"));
        if (commonDir.isPresent()) {
            common = gitDir.resolve(commonDir.get()).normalize();
        }
        String head = small(gitDir.resolve("HEAD")).orElse("");
        for (int i = 0; i < DEPTH; i++) {
            if (OBJECT.matcher(head).matches()) {
                return Optional.of(head);
            }
            if (!head.startsWith("ref:")) {
                return Optional.empty();
            }
            String ref = head.substring("ref:".length()).strip();
            if (!REF.matcher(ref).matches() || ref.contains("..")) {
                return Optional.empty();
            }
            Optional<String> loose = small(gitDir.resolve(ref));
            if (loose.isEmpty() && !common.equals(gitDir)) {
                loose = small(common.resolve(ref));
            }
            if (loose.isEmpty()) {
                return packed(common.resolve("packed-refs"), ref);
            }
            head = loose.get();
        }
        return Optional.empty();
    }

    /** The commit {@code packed-refs} gives a ref: a line "{@code <object> <ref>}". */
    private static Optional<String> packed(Path file, String ref) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int space = line.indexOf(' ');
                if (space > 0 && line.substring(space + 1).equals(ref) && OBJECT.matcher(line.substring(0, space)).matches()) {
                    return Optional.of(line.substring(0, space));
                }
            }
        }
        return Optional.empty();
    }

    /** The first line of a small regular file, stripped; nothing for anything else (a directory, a pipe, a big file). */
    private static Optional<String> small(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) > SMALL) {
            return Optional.empty();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int nl = text.indexOf('\n');
        return Optional.of((nl < 0 ? text : text.substring(0, nl)).strip());
    }
}

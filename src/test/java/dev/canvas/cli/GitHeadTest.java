package dev.canvas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commit of a work tree, read from .git as git lays it out, and nothing from what it cannot read. */
class GitHeadTest {

    private static final String A = "0123456789abcdef0123456789abcdef01234567";
    private static final String B = "fedcba9876543210fedcba9876543210fedcba98";

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void aBranchAsALooseRefFromAnySubdirectory(@TempDir Path dir) throws IOException {
        write(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        write(dir.resolve(".git/refs/heads/main"), A + "\n");
        Path sub = Files.createDirectories(dir.resolve("docs/canvases"));
        assertThat(GitHead.commit(sub)).contains(A);
        assertThat(GitHead.shortCommit(dir)).contains("0123456");
    }

    @Test
    void aBranchOnlyInPackedRefs(@TempDir Path dir) throws IOException {
        write(dir.resolve(".git/HEAD"), "ref: refs/heads/release/1.0\n");
        write(dir.resolve(".git/packed-refs"), "# pack-refs with: peeled fully-peeled sorted\n" + B + " refs/heads/main\n"
                + A + " refs/heads/release/1.0\n^" + B + "\n");
        assertThat(GitHead.commit(dir)).contains(A);
    }

    @Test
    void aDetachedHead(@TempDir Path dir) throws IOException {
        write(dir.resolve(".git/HEAD"), B + "\n");
        assertThat(GitHead.shortCommit(dir)).contains("fedcba9");
    }

    @Test
    void aLinkedWorkTreeFollowsItsGitFileAndCommonDir(@TempDir Path dir) throws IOException {
        Path main = dir.resolve("main");
        write(main.resolve(".git/refs/heads/html"), B + "\n");
        write(main.resolve(".git/worktrees/html/HEAD"), "ref: refs/heads/html\n");
        write(main.resolve(".git/worktrees/html/commondir"), "../..\n");
        Path tree = Files.createDirectories(dir.resolve("wt-html"));
        write(tree.resolve(".git"), "gitdir: " + main.resolve(".git/worktrees/html") + "\n");
        assertThat(GitHead.commit(tree)).contains(B);
        // a relative gitdir (a submodule's) is relative to the work tree
        write(tree.resolve(".git"), "gitdir: ../main/.git/worktrees/html\n");
        assertThat(GitHead.commit(tree)).contains(B);
    }

    @Test
    void nothingFromWhatItCannotRead(@TempDir Path dir) throws IOException {
        // each directory has a .git of its own, so the search stops there, whatever holds the temporary directory
        write(dir.resolve("a/.git/HEAD"), "ref: refs/heads/gone\n");
        assertThat(GitHead.commit(dir.resolve("a"))).isEmpty();
        write(dir.resolve("b/.git/HEAD"), "ref: ../../../etc/passwd\n");
        assertThat(GitHead.commit(dir.resolve("b"))).isEmpty();
        write(dir.resolve("c/.git/HEAD"), "not a head\n");
        assertThat(GitHead.commit(dir.resolve("c"))).isEmpty();
        write(dir.resolve("d/.git/HEAD"), "ref: refs/heads/x\n");
        write(dir.resolve("d/.git/refs/heads/x"), "ref: refs/heads/y\n");
        write(dir.resolve("d/.git/refs/heads/y"), "ref: refs/heads/x\n");
        assertThat(GitHead.commit(dir.resolve("d"))).as("a loop of symbolic refs").isEmpty();
        write(dir.resolve("e/.git"), "not a gitdir line\n");
        assertThat(GitHead.commit(dir.resolve("e"))).isEmpty();
        Files.createDirectories(dir.resolve("f/.git/HEAD"));
        assertThat(GitHead.commit(dir.resolve("f"))).as("HEAD a directory").isEmpty();
        write(dir.resolve("g/.git/HEAD"), "ref: refs/heads/main\n" + "x".repeat(10_000));
        assertThat(GitHead.commit(dir.resolve("g"))).as("an oversized HEAD").isEmpty();
    }

    @Test
    void theSameCommitAsGitSaysForThisCheckout() throws Exception {
        Optional<String> git = git("rev-parse", "HEAD");
        assumeTrue(git.isPresent(), "not a git work tree, or git is not installed");
        assertThat(GitHead.commit(Path.of(""))).contains(git.get());
    }

    private static Optional<String> git(String... args) {
        try {
            String[] cmd = new String[args.length + 1];
            cmd[0] = "git";
            System.arraycopy(args, 0, cmd, 1, args.length);
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}

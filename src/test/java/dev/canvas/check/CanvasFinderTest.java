package dev.canvas.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.canvas.CliRun;
import dev.canvas.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanvasFinderTest {

    private static Path tree(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("docs/a/b"));
        Files.copy(Path.of("examples/go.md"), dir.resolve("docs/top.md"));
        Files.copy(Path.of("examples/go.md"), dir.resolve("docs/a/b/deep.md"));
        Files.copy(Path.of("examples/go.yaml"), dir.resolve("docs/a/c.yaml"));
        return dir;
    }

    @Test
    void globsMatchAnyDepthIncludingNone(@TempDir Path dir) throws Exception {
        tree(dir);
        CanvasFinder.Resolution r = CanvasFinder.resolve(List.of(dir + "/docs/**/*.md"));
        assertThat(r.errors()).isEmpty();
        assertThat(r.targets()).extracting(CanvasFinder.Target::display)
                .containsExactly(dir + "/docs/a/b/deep.md", dir + "/docs/top.md");
        assertThat(CanvasFinder.resolve(List.of(dir + "/docs/*.yaml")).errors()).singleElement().asString()
                .contains("matches no .md or .yaml file");
        assertThat(CanvasFinder.resolve(List.of(dir + "/docs/a/*.y*ml")).targets()).hasSize(1);
    }

    @Test
    void aGlobThatMatchesNothingIsAnErrorNotAPass(@TempDir Path dir) throws Exception {
        tree(dir);
        CliRun r = CliRun.of("check", dir + "/nowhere/**/*.md");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(r.err()).contains("the glob matches nothing");
    }

    @Test
    void filesGitIgnoresAreSkipped(@TempDir Path dir) throws Exception {
        tree(dir);
        Files.writeString(dir.resolve(".gitignore"), "docs/a/\n");
        assumeTrue(git(dir, "init", "-q") == 0, "git is not available");
        CliRun r = CliRun.of("check", "--verbose", dir.resolve("docs").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.GO);
        assertThat(r.out()).contains("top.md").doesNotContain("deep.md", "c.yaml");
        assertThat(r.err()).contains("deep.md: ignored by git (.gitignore)");
        // a file named explicitly is checked even if ignored
        assertThat(CliRun.of("check", dir.resolve("docs/a/c.yaml").toString()).out()).contains("c.yaml");
    }

    private static int git(Path dir, String... args) {
        try {
            List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (Exception e) {
            return -1;
        }
    }
}

package dev.canvas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.canvas.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code canvas --version} names the commit the build was made from (pom.xml, execution build-commit). */
class VersionCommitTest {

    @Test
    void theVersionNamesTheCommitOfThisWorkTree() throws Exception {
        Process git;
        try {
            git = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD").redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "no git on this machine: the build says 'commit unknown'");
            return;
        }
        String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(git.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assumeTrue(git.exitValue() == 0, "not a git work tree: the build says 'commit unknown'");

        CliRun r = CliRun.of("--version");
        assertThat(r.out()).startsWith("canvas ").contains("(commit " + head);
        assertThat(Main.Version.version()).as("reports name the version alone").doesNotContain("commit");
    }
}

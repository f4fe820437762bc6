package dev.canvas.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark (bench/run.sh, issue 7) runs: on 10 generated canvases per format, canvas alone (--no-peers: no
 * npm, no network), run from the test class path because the jar is made after the tests. The peers are measured
 * only when someone runs bench/run.sh.
 */
class BenchSmokeTest {

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void theBenchmarkRunsOnTenFiles(@TempDir Path tmp) throws Exception {
        assumeTrue(!System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows"), "bench/run.sh is bash");
        assumeTrue(new File("/bin/bash").canExecute() || new File("/usr/bin/bash").canExecute(), "no bash");

        Path log = tmp.resolve("run.log");
        Process p = new ProcessBuilder(List.of("bash", "bench/run.sh", "--no-peers", "--sizes", "10", "--reps", "1",
                "--classpath", testClassPath(), "--data", tmp.resolve("data").toString(),
                "--work", tmp.resolve("work").toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(150, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(done).as("bench/run.sh finished\n%s", out).isTrue();
        assertThat(p.exitValue()).as("exit code of bench/run.sh\n%s", out).isZero();

        // the generator made the mix it promises, and canvas agrees with it in both formats
        assertThat(out).containsPattern("generated 10 YAML \\(mean \\d+\\.\\d KB\\) and 10 Markdown \\(mean \\d+\\.\\d KB\\)");
        assertThat(out).contains("10 yaml canvases: 4 go, 3 fix-gaps, 3 do-not-deploy (as generated)");
        assertThat(out).contains("10 md canvases: 4 go, 3 fix-gaps, 3 do-not-deploy (as generated)");
        try (var files = Files.list(tmp.resolve("data/10/yaml"))) {
            assertThat(files.count()).isEqualTo(10);
        }
        // every tool ran once per format and the table has its median; checks exit 2 (a do-not-deploy among them)
        for (String fmt : List.of("yaml", "md")) {
            assertThat(out).containsPattern("\\| 10 \\| " + fmt + " \\| canvas-cp \\| \\d+\\.\\d{3} \\|.*\\| 1 \\| 2 \\|");
            assertThat(out).containsPattern("\\| 10 \\| " + fmt + " \\| floor-jar \\| \\d+\\.\\d{3} \\|.*\\| 1 \\| 0 \\|");
            assertThat(out).containsPattern("\\| 10 \\| " + fmt + " \\| reader \\| \\d+\\.\\d{3} \\|.*\\| 1 \\| 0 \\|");
            assertThat(out).containsPattern("\\| check vs parse floor, 10 " + fmt + " \\| ≤ 1.5 \\| - \\| \\d+\\.\\d{2} \\|");
        }
        assertThat(out).doesNotContain("ajv").doesNotContain("| spectral").doesNotContain("markdownlint |");
        try (var results = Files.list(tmp.resolve("work/results"))) {
            Path run = results.findFirst().orElseThrow();
            assertThat(Files.readAllLines(run.resolve("raw.txt"))).hasSize(6);
            assertThat(run.resolve("summary.md")).exists();
        }
    }

    /** The class path of this test run: the classes under test and their dependencies. */
    private static String testClassPath() {
        String cp = System.getProperty("java.class.path");
        assertThat(cp).as("java.class.path").contains("snakeyaml").contains("picocli");
        return cp;
    }
}

package dev.canvas.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input gets a clear answer: each case under {@code src/test/resources/hostile/} (see
 * {@link HostileCase}) is run through the CLI in-process, in a copy of its folder, and must give its documented
 * exit code and message, in bounded time, without a stack trace, in a few short lines of error, and without
 * hiding the result of a good canvas checked in the same run (unless the run stops, as a broken template does).
 */
class HostileInputTest {

    private static final Path ROOT = Path.of("src/test/resources/hostile");
    /** The issue asks for at least this many. */
    private static final int MIN_CASES = 60;
    /** Longest line a report may print: findings are one line each, whatever a file holds. */
    private static final int MAX_LINE = 1000;
    private static final int MAX_ERR_LINES = 5;
    /** A path not found: the other paths are still checked (codes above it stop the run: usage, template, config). */
    private static final int NO_INPUT = 66;
    private static final Pattern GOOD_ROW = Pattern.compile("(?m)^" + Pattern.quote(HostileCase.GOOD) + "\\s+go\\s+100%");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void theCorpusIsLargeAndEveryCaseHasAnExpectation() throws IOException {
        List<String> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(MIN_CASES);
        for (String c : all) {
            assertThat(ROOT.resolve(c).resolve("expect")).as(c).exists();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void getsAClearAnswer(String name, @TempDir Path dir) throws Exception {
        HostileCase c = HostileCase.read(ROOT.resolve(name));
        String[] cmd = c.prepare(dir);
        CliRun r = CliRun.of(cmd);
        String both = r.out() + r.err();
        String context = name + " (" + String.join(" ", cmd) + ")\n--- out:\n" + abbreviate(r.out()) + "\n--- err:\n" + r.err();

        assertThat(r.exitCode()).as("exit code of " + context).isEqualTo(c.exit());
        for (String fragment : c.contains()) {
            assertThat(both).as("message of " + context).contains(fragment);
        }
        for (String fragment : c.err()) {
            assertThat(r.err()).as("standard error of " + context).contains(fragment);
        }
        assertThat(both).as("no stack trace: " + context).doesNotContain("\tat ").doesNotContain("internal error");
        assertThat(r.err().lines().count()).as("lines of standard error: " + context).isLessThanOrEqualTo(MAX_ERR_LINES);
        assertThat(both.lines().mapToInt(String::length).max().orElse(0)).as("longest line: " + context).isLessThanOrEqualTo(MAX_LINE);
        if (c.withGoodCanvas(cmd) && (r.exitCode() <= 2 || r.exitCode() == NO_INPUT)) {
            assertThat(r.out()).as("the good canvas is still checked: " + context)
                    .contains(HostileCase.GOOD + "  (Markdown, 100% ready");
            // several canvases end with a table of verdicts; one alone, with its own verdict line
            assertThat(GOOD_ROW.matcher(r.out()).find() || r.out().contains("  verdict: GO"))
                    .as("the good canvas's verdict is go: " + context).isTrue();
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 4000 ? s : s.substring(0, 4000) + "\n[... " + (s.length() - 4000) + " more chars]";
    }
}

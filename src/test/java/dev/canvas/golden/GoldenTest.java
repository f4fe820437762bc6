package dev.canvas.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.canvas.CliRun;
import dev.canvas.Upstream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * End-to-end cases found automatically: each folder under {@code src/test/resources/golden/} holds
 * {@code args} (the command line, one argument per line; {@code {dir}} is the case folder), and the expected
 * {@code expected.out}, {@code expected.exit} and optionally {@code expected.err} (the commit an HTML report names is
 * left out of stdout: it changes with every commit). A case without an
 * expectation fails. Run with {@code -Dgolden.update=true} to write the expectations from the current output
 * (then read the diff before committing it).
 */
class GoldenTest {

    private static final Path ROOT = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Pattern COMMIT = Pattern.compile(" · commit <code>[0-9a-f]{7}</code>");

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(ROOT)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).as("golden cases").isNotEmpty();
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir)));
    }

    private static void run(Path dir) throws IOException {
        Path argsFile = dir.resolve("args");
        if (!Files.exists(argsFile)) {
            fail("golden case " + dir + " has no 'args' file");
        }
        String[] args = Files.readAllLines(argsFile, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .map(l -> l.replace("{dir}", dir.toString()))
                .toArray(String[]::new);
        if (java.util.Arrays.stream(args).anyMatch(a -> a.startsWith(Upstream.DIR))) {
            Upstream.assumePresent();
        }
        CliRun raw = CliRun.of(args);
        // the HTML report names the work tree's commit, which every commit changes: it is left out (GitHeadTest reads it)
        CliRun r = new CliRun(raw.exitCode(), COMMIT.matcher(raw.out()).replaceAll(""), raw.err());
        Path out = dir.resolve("expected.out");
        Path exit = dir.resolve("expected.exit");
        Path err = dir.resolve("expected.err");
        if (UPDATE) {
            Files.writeString(out, r.out(), StandardCharsets.UTF_8);
            Files.writeString(exit, r.exitCode() + "\n", StandardCharsets.UTF_8);
            if (r.err().isEmpty()) {
                Files.deleteIfExists(err);
            } else {
                Files.writeString(err, r.err(), StandardCharsets.UTF_8);
            }
            return;
        }
        if (!Files.exists(out) || !Files.exists(exit)) {
            fail("golden case " + dir + " has no expected.out/expected.exit; run with -Dgolden.update=true and review");
        }
        assertThat(r.out()).as(dir + " stdout").isEqualTo(Files.readString(out, StandardCharsets.UTF_8));
        assertThat(r.err()).as(dir + " stderr").isEqualTo(Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "");
        assertThat(r.exitCode()).as(dir + " exit code").isEqualTo(Integer.parseInt(Files.readString(exit).strip()));
        assertThat(r.err()).as("no stack trace").doesNotContain("\tat ");
    }
}

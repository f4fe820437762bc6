package dev.canvas.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The ready-made CI integrations run as written: every {@code java -jar target/canvas.jar} command in the
 * example GitHub workflow and GitLab job is run in-process, and must check and write the reports it names.
 */
class CiIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"examples/ci/github-actions.yml", "examples/ci/gitlab-ci.yml"})
    void canvasCommandsInTheExamplesRun(String file) throws Exception {
        List<String> commands = new ArrayList<>();
        collect(new Yaml().load(Files.readString(Path.of(file))), commands);
        assertThat(commands).as("canvas commands in " + file).isNotEmpty();
        for (String c : commands) {
            List<String> args = words(c.substring(c.indexOf("canvas.jar") + "canvas.jar".length()));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(c + "\n" + r.err()).isBetween(0, 2);
            for (String a : args) {
                int eq = a.indexOf('=');
                if (a.matches("[a-z]+=.+") && eq > 0) {
                    assertThat(Path.of(a.substring(eq + 1))).as("report written by " + c).exists();
                }
            }
        }
    }

    private static void collect(Object node, List<String> out) {
        if (node instanceof Map<?, ?> m) {
            m.values().forEach(v -> collect(v, out));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collect(v, out));
        } else if (node instanceof String s && s.contains("java -jar target/canvas.jar")) {
            out.add(s.strip());
        }
    }

    /** Splits a shell command line on spaces, honouring simple quotes. */
    private static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (char ch : line.strip().toCharArray()) {
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == ' ') {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(ch);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}

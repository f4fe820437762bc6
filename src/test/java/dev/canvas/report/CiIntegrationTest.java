package dev.canvas.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void canvasCommandsInTheExamplesRun(String file, @TempDir Path runner) throws Exception {
        List<String> commands = new ArrayList<>();
        collect(new Yaml().load(Files.readString(Path.of(file))), commands);
        assertThat(commands).as("canvas commands in " + file).isNotEmpty();
        for (String c : commands) {
            String expanded = c.replace("$RUNNER_TEMP", runner.resolve("runner-temp").toString())
                    .replace("$CI_PROJECT_DIR", runner.resolve("project").toString());
            List<String> args = words(expanded.substring(expanded.indexOf("canvas.jar") + "canvas.jar".length()));
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

    /**
     * The checkout is the pull request's, and it can plant a symbolic link where a report goes: the GitHub example
     * writes every report under {@code $RUNNER_TEMP} and reads (cat, upload) only from there.
     */
    @Test
    void theGithubWorkflowWritesAndReadsReportsOnlyUnderRunnerTemp() throws Exception {
        List<String> all = new ArrayList<>();
        collectAll(new Yaml().load(Files.readString(Path.of("examples/ci/github-actions.yml"))), null, all);
        int reports = 0;
        for (String s : all) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(?:sarif|junit|markdown|json|html|text|github)=([^\\s\"]+)")
                    .matcher(s);
            while (m.find()) {
                reports++;
                assertThat(m.group(1)).as(s).startsWith("$RUNNER_TEMP/");
            }
            java.util.regex.Matcher cat = java.util.regex.Pattern.compile("\\bcat\\s+(\\S+)").matcher(s);
            while (cat.find()) {
                assertThat(cat.group(1)).as(s).startsWith("\"$RUNNER_TEMP/");
            }
            assertThat(s).as("no -o into the checkout").doesNotContainPattern("(^|\\s)(-o|--output)\\s+[^\"$]");
        }
        assertThat(reports).isGreaterThanOrEqualTo(3);
        for (String key : List.of("sarif_file:", "path:")) {
            all.stream().filter(s -> s.startsWith(key)).forEach(s -> assertThat(s).startsWith(key + "${{ runner.temp }}/"));
        }
    }

    /** Every string of the workflow; a mapping's value under {@code key} as "key:value". */
    private static void collectAll(Object node, String key, List<String> out) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> collectAll(v, String.valueOf(k), out));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collectAll(v, null, out));
        } else if (node instanceof String s) {
            out.add(s);
            if (key != null) {
                out.add(key + ":" + s);
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

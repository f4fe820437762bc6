package dev.canvas.dist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import dev.canvas.report.SarifReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The ways to install canvas, as the README and examples/ci/ give them: each names this version's release, each of
 * the README's install lines is run by a test of src/test/dist/ (which .ci/run runs on the built downloads), and the
 * CI recipes keep reports out of the checkout; the SARIF report names the project by the pom's address too.
 * (src/test/dist/ci-recipes.sh runs the recipes themselves.)
 */
class CiRecipesTest {

    private static final List<Path> MENTIONS = List.of(Path.of("README.md"), Path.of("examples/ci/github-actions.yml"),
            Path.of("examples/ci/gitlab-ci.yml"), Path.of("examples/ci/check-canvases.sh"), Path.of("action.yml"),
            Path.of(".pre-commit-hooks.yaml"));

    private static String read(Path p) throws IOException {
        return Files.readString(p);
    }

    @Test
    void everyMentionOfAReleaseNamesThisVersionAndRepository() throws Exception {
        String version = PreCommitHookTest.pomValue("version");
        String repository = PreCommitHookTest.pomValue("url").replace("https://github.com/", "");
        Pattern release = Pattern.compile("([\\w.-]+/[\\w.-]+)(?:/releases/download/|@)v(\\d+\\.\\d+\\.\\d+[\\w.-]*)");
        Pattern artifact = Pattern.compile("canvas[-_](\\d+\\.\\d+\\.\\d+[\\w.]*?)(?:-linux-x64\\.tar\\.gz|_amd64\\.deb|\\.jar)");
        Pattern rev = Pattern.compile("(?m)^\\s*#?\\s*rev: v(\\S+)");
        int seen = 0;
        for (Path p : MENTIONS) {
            String text = read(p);
            for (Pattern pattern : List.of(release, artifact, rev)) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    seen++;
                    assertThat(m.group(m.groupCount())).as(p + ": " + m.group()).isEqualTo(version);
                    if (pattern == release && m.group(1).contains("canvas")) {
                        assertThat(m.group(1)).as(p + ": " + m.group()).isEqualTo(repository);
                    }
                }
            }
        }
        assertThat(seen).isGreaterThan(20);
    }

    /** The SARIF report names the tool's home (informationUri) as the pom does: the project's address. */
    @Test
    void theSarifReportNamesTheProjectsAddress() throws Exception {
        String url = PreCommitHookTest.pomValue("url");
        assertThat(SarifReport.INFORMATION_URI).isEqualTo(url);
        CliRun r = CliRun.of("check", "--format", "sarif", "examples/go.md");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"informationUri\": \"" + url + "\"");
    }

    @Test
    void theInstallSectionComesFirstAndEachOfItsLinesIsRunByATest() throws Exception {
        String readme = read(Path.of("README.md"));
        // after the contents, the two commands of a clone (build and check the example; run the tests), then Install
        List<String> sections = Pattern.compile("(?m)^## (.+)$").matcher(readme).results().map(r -> r.group(1)).limit(3).toList();
        assertThat(sections).containsExactly("Contents", "Build and test from a clone", "Install");
        Set<String> blocks = new LinkedHashSet<>();
        Matcher m = Pattern.compile("<!-- install: ([\\w-]+) -->\\n```").matcher(readme);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertThat(blocks).contains("tarball", "deb", "jar", "action", "pre-commit", "verify");
        StringBuilder tests = new StringBuilder();
        try (Stream<Path> s = Files.list(Path.of("src/test/dist"))) {
            for (Path t : s.filter(f -> f.toString().endsWith(".sh")).toList()) {
                tests.append(read(t));
            }
        }
        for (String b : blocks) {
            assertThat(tests).as("a test of src/test/dist runs the README's '" + b + "' lines")
                    .containsPattern("readme_block " + Pattern.quote(b) + "(?![\\w-])");
        }
        assertThat(read(Path.of(".ci/run"))).as(".ci/run runs the tests of the downloads")
                .contains("src/test/dist/tarball.sh", "src/test/dist/deb.sh", "src/test/dist/jar.sh", "src/test/dist/action.sh",
                        "src/test/dist/ci-recipes.sh", "src/test/dist/pre-commit.sh", "src/test/dist/java25.sh", "-Pdist");
    }

    /**
     * The checkout is the pull request's, and it can plant a symbolic link where a report goes: the GitHub example
     * writes every report under the runner's temporary folder and reads (uploads) only from there or the action's
     * outputs, and the action's script writes under RUNNER_TEMP by default.
     */
    @Test
    void theGithubWorkflowWritesAndReadsReportsOnlyUnderRunnerTemp() throws Exception {
        Map<String, Object> workflow = new Yaml().load(read(Path.of("examples/ci/github-actions.yml")));
        List<String> all = new ArrayList<>();
        collectAll(workflow, null, all);
        int reports = 0;
        for (String s : all) {
            Matcher m = Pattern.compile("\\b(?:sarif|junit|markdown|json|html|text|github)=(\\$\\{\\{ runner\\.temp }}/\\S+|[^\\s\"]+)").matcher(s);
            while (m.find()) {
                reports++;
                assertThat(m.group(1)).as(s).startsWith("${{ runner.temp }}/");
            }
        }
        assertThat(reports).isGreaterThanOrEqualTo(1);
        all.stream().filter(s -> s.startsWith("sarif_file:")).forEach(s -> assertThat(s).isEqualTo("sarif_file:${{ steps.canvas.outputs.sarif-file }}"));
        all.stream().filter(s -> s.startsWith("path:")).forEach(s -> assertThat(s).startsWith("path:${{ runner.temp }}/"));
        assertThat(all).as("no step runs a command of its own").noneMatch(s -> s.startsWith("run:"));
        String script = read(Path.of("scripts/canvas-action"));
        assertThat(script).contains("reports=$temp/canvas-reports", "sarif=${INPUT_SARIF_FILE:-$reports/canvas.sarif}",
                "summary=$reports/summary.md");
    }

    @Test
    void theGitlabJobRemakesItsReportFolderBeforeTheCheckAndItsCheckRuns(@TempDir Path tmp) throws Exception {
        Map<String, Map<String, Object>> job = new Yaml().load(read(Path.of("examples/ci/gitlab-ci.yml")));
        @SuppressWarnings("unchecked")
        List<String> script = (List<String>) job.get("canvas").get("script");
        int remake = -1;
        int check = -1;
        for (int i = 0; i < script.size(); i++) {
            if (script.get(i).startsWith("rm -rf \"$CI_PROJECT_DIR/.canvas-reports\" && mkdir")) {
                remake = i;
            }
            if (script.get(i).contains("bin/canvas check ")) {
                check = i;
            }
        }
        assertThat(remake).as("the report folder is removed and made afresh").isNotNegative().isLessThan(check);
        // the check's options, on one canvas, in-process: they parse and write the reports the job keeps
        String command = script.get(check).replace("$CI_PROJECT_DIR", tmp.toString());
        List<String> args = words(command.substring(command.indexOf("bin/canvas ") + "bin/canvas ".length()));
        args.set(args.indexOf("."), "examples/go.md");
        Files.createDirectories(tmp.resolve(".canvas-reports"));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(tmp.resolve(".canvas-reports/canvas-junit.xml")).isNotEmptyFile();
        assertThat(tmp.resolve(".canvas-reports/canvas.sarif")).isNotEmptyFile();
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

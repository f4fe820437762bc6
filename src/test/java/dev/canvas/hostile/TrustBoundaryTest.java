package dev.canvas.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a pull request writes (a canvas, a nested {@code .canvas.yaml}, a symbolic link) cannot turn a failing canvas
 * into a pass; only the command line and the repository root's {@code .canvas.yaml} are trusted (docs/security.md).
 * Each case is a repository in a temporary folder (a {@code .git} folder marks its root).
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TrustBoundaryTest {

    private static final String MINI = "src/test/resources/templates/mini-tmpl.yaml";
    /** Every rule that makes an empty canvas do-not-deploy, waived by the canvas itself. */
    private static final List<String> BLOCKERS = List.of("prerequisite-unchecked", "square-missing", "field-missing",
            "field-empty", "gate-unchecked", "checklist-missing", "checklist-unchecked", "signoff-missing", "canvas-kind",
            "schema-violation", "unknown-content", "field-non-answer");

    @TempDir
    Path tmp;
    Path repo;

    @BeforeEach
    void repository() throws IOException {
        repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
    }

    private Path write(String rel, String text) throws IOException {
        Path p = repo.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static String waivers(String indent) {
        StringBuilder sb = new StringBuilder(indent + "waivers:\n");
        for (String r : BLOCKERS) {
            sb.append(indent).append("  - {rule: ").append(r).append(", reason: trust me, approved_by: me, expires: 2099-01-01}\n");
        }
        return sb.toString();
    }

    /** A mini canvas whose only finding is one unticked gate item (a gap). */
    private static String miniWithGap() throws IOException {
        String c = Files.readString(Path.of("src/test/resources/golden/waiver-in-canvas-refused/canvas.md"));
        return c.substring(c.indexOf("\n---\n") + 5);
    }

    private static CliRun check(String... args) {
        List<String> a = new ArrayList<>(List.of("check", "--today", "2026-11-22"));
        a.addAll(List.of(args));
        return CliRun.of(a.toArray(String[]::new));
    }

    @Test
    void aCanvasCannotWaiveItsOwnBlockers() throws IOException {
        Path md = write("docs/empty.md", "---\ncanvas: production\n" + waivers("") + "---\n\n# Nothing here\n");
        Path yaml = write("docs/empty.yaml", "canvas: production\n" + waivers(""));
        for (Path p : List.of(md, yaml)) {
            CliRun r = check(p.toString());
            assertThat(r.exitCode()).as(r.out()).isEqualTo(2);
            assertThat(r.out()).contains("DO-NOT-DEPLOY").doesNotContain("waived")
                    .contains("[waiver-invalid] waiver of prerequisite-unchecked is in the canvas");
        }
        // allowed by the root configuration: still never for a blocker
        write(".canvas.yaml", "allow_canvas_waivers: true\n");
        CliRun r = check(md.toString());
        assertThat(r.exitCode()).as(r.out()).isEqualTo(2);
        assertThat(r.out()).contains("waiver of prerequisite-unchecked waives a blocker");
    }

    @Test
    void canvasWaiversOfGapsCountOnlyWhereTheRootAllowsThem() throws IOException {
        String waiver = "---\ncanvas: production\nwaivers:\n  - {rule: gate-unchecked, reason: soon, approved_by: Dana, expires: 2026-12-31}\n---\n";
        Path c = write("docs/canvas.md", waiver + miniWithGap());
        assertThat(check("-t", MINI, c.toString()).exitCode()).isEqualTo(1);
        write("docs/.canvas.yaml", "allow_canvas_waivers: true\n"); // nested: not trusted, and an error
        CliRun nested = check("-t", MINI, c.toString());
        assertThat(nested.exitCode()).isEqualTo(78);
        assertThat(nested.err()).contains("'allow_canvas_waivers' is a setting of the repository root's .canvas.yaml only");
        Files.delete(repo.resolve("docs/.canvas.yaml"));
        write(".canvas.yaml", "allow_canvas_waivers: true\n");
        CliRun r = check("-t", MINI, c.toString());
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains("1 waived");
    }

    @Test
    void aNestedConfigurationCanOnlyMakeTheRulesStricter() throws IOException {
        Path c = write("team/canvas.md", miniWithGap());
        write(".canvas.yaml", "rules:\n  gate-unchecked: warning\n");
        assertThat(check("-t", MINI, c.toString()).exitCode()).as("the root lowers a gap").isZero();

        for (String relax : List.of("rules:\n  prerequisite-unchecked: off\n", "rules:\n  square-missing: warning\n",
                "rules:\n  field-empty: {effective_from: 2099-01-01}\n", "rules:\n  field-non-answer: {phrases: []}\n",
                "rules:\n  checklist-unchecked: off\n", "waivers:\n  - {rule: gate-unchecked, reason: r, approved_by: a, expires: 2099-01-01}\n")) {
            write("team/.canvas.yaml", relax);
            CliRun r = check("-t", MINI, c.toString());
            assertThat(r.exitCode()).as(relax + r.out() + r.err()).isEqualTo(78);
            assertThat(r.err()).as(relax).contains("team/.canvas.yaml:").contains("nested");
        }
        // stricter is fine, and the root's settings stay in force beside it
        write("team/.canvas.yaml", "rules:\n  gate-unchecked: blocker\n  on-call-named:\n    kind: pattern-required\n"
                + "    field: on_call\n    pattern: 'team'\n");
        CliRun r = check("-t", MINI, c.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.out()).contains("blocker [gate-unchecked]");
        write("team/.canvas.yaml", "rules:\n  vanity-metrics: gap\n");
        assertThat(check("-t", MINI, c.toString()).exitCode()).as("the root's warning stays").isZero();
        // the merged rules are compared with the root's: repeating the root's settings, or bringing a date forward,
        // relaxes nothing; a later date does
        write(".canvas.yaml", "rules:\n  gate-unchecked: {severity: warning, effective_from: 2026-06-01}\n");
        write("team/.canvas.yaml", "rules:\n  gate-unchecked: {severity: warning, effective_from: 2026-01-01}\n");
        assertThat(check("-t", MINI, c.toString()).exitCode()).as("an earlier date").isZero();
        write("team/.canvas.yaml", "rules:\n  gate-unchecked: {effective_from: 2027-01-01}\n");
        CliRun later = check("-t", MINI, c.toString());
        assertThat(later.exitCode()).as(later.err()).isEqualTo(78);
        assertThat(later.err()).contains("cannot delay (effective_from) rule 'gate-unchecked'");
    }

    @Test
    void aRootThatAllowsRelaxingStillKeepsBlockers() throws IOException {
        Path c = write("team/canvas.md", miniWithGap());
        write(".canvas.yaml", "allow_nested_relaxing: true\n");
        write("team/.canvas.yaml", "rules:\n  gate-unchecked: warning\n");
        assertThat(check("-t", MINI, c.toString()).exitCode()).isZero();
        write("team/.canvas.yaml", "rules:\n  prerequisite-unchecked: off\n");
        CliRun r = check("-t", MINI, c.toString());
        assertThat(r.exitCode()).isEqualTo(78);
        assertThat(r.err()).contains("rule 'prerequisite-unchecked' is a blocker");
    }

    @Test
    void lockedRulesCannotBeDelayedFromAnyConfiguration() throws IOException {
        Path broken = write("docs/broken.yaml", "canvas: production\nsquares: [unclosed\n");
        Path empty = write("docs/empty.md", "");
        Path binary = write("docs/binary.md", "# Square 1: x\n\0\0\0");
        for (String at : List.of(".canvas.yaml", "docs/.canvas.yaml")) {
            for (String rule : List.of("syntax-error", "empty-canvas")) {
                Path cfg = write(at, "rules:\n  " + rule + ":\n    effective_from: 2099-01-01\n");
                CliRun r = check(broken.toString(), empty.toString(), binary.toString());
                assertThat(r.exitCode()).as(at + " " + rule + r.out() + r.err()).isEqualTo(78);
                assertThat(r.err()).contains("rule '" + rule + "' cannot be delayed");
                Files.delete(cfg);
            }
        }
        assertThat(check(broken.toString(), empty.toString(), binary.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void theConfigurationSearchStopsAtTheRepositoryRoot() throws IOException {
        // a configuration in a folder above the repository (anyone's home, /tmp) never applies
        Files.writeString(tmp.resolve(".canvas.yaml"), "rules:\n  gate-unchecked: off\n");
        Path c = write("docs/canvas.md", miniWithGap());
        CliRun r = check("-t", MINI, c.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        // outside any git work tree and outside the working directory: the canvas's own folder is the top
        Path loose = tmp.resolve("loose/docs");
        Files.createDirectories(loose);
        Files.writeString(loose.resolve("canvas.md"), miniWithGap());
        Files.writeString(tmp.resolve("loose/.canvas.yaml"), "rules:\n  gate-unchecked: off\n");
        assertThat(check("-t", MINI, loose.resolve("canvas.md").toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void outsideGitTheWorkingDirectoryIsTheRootWhateverGitIsBelowIt() throws Exception {
        // a pull request that adds sub/.git must not make sub/.canvas.yaml a trusted root's
        Path work = tmp.resolve("work");
        Files.createDirectories(work.resolve("sub/.git"));
        Files.createDirectories(work.resolve("sub/docs"));
        Files.writeString(work.resolve("sub/docs/canvas.md"), miniWithGap());
        Files.writeString(work.resolve("sub/.canvas.yaml"), "rules:\n  gate-unchecked: off\n");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), dev.canvas.cli.Main.class.getName(), "check", "--today", "2026-11-22",
                "-t", Path.of(MINI).toAbsolutePath().toString(), "sub/docs/canvas.md");
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectOutput(tmp.resolve("out").toFile())
                .redirectError(tmp.resolve("err").toFile()).start();
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(tmp.resolve("err"));
        assertThat(p.exitValue()).as(err + Files.readString(tmp.resolve("out"))).isEqualTo(78);
        assertThat(err).contains("sub/.canvas.yaml:").contains("a nested .canvas.yaml cannot turn off rule 'gate-unchecked'");
    }

    @Test
    void aLongEvidenceTargetIsShortenedInItsMessage() throws IOException {
        String target = "docs/" + "x".repeat(5_000) + ".md";
        Path e = write("long.md", Files.readString(Path.of("examples/go.md")).replaceFirst("(?m)^(\\*\\*What did the POC validate[^\\n]*\\n\\n)",
                "$1See [report](" + target + "). "));
        CliRun r = check(e.toString());
        String line = r.out().lines().filter(l -> l.contains("[evidence-exists]")).findFirst().orElseThrow();
        assertThat(line).hasSizeLessThan(600).contains("does not exist");
    }

    @Test
    void containmentIsJudgedOnRealPaths() throws IOException {
        Path outside = tmp.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("secret.md"), "- [x] Penetration test completed\n");
        Files.createSymbolicLink(repo.resolve("etc"), outside);
        // the checklist a canvas names, through an in-repository link to outside
        Path c = write("canvas.md", "---\ncanvas: production\nchecklist: etc/secret.md\n---\n\n# Square 1: x\n");
        CliRun r = check(c.toString());
        assertThat(r.out()).contains("the checklist file 'etc/secret.md' is outside the repository; it was not read");
        // evidence through the same link
        Path e = write("ev.md", Files.readString(Path.of("examples/go.md")).replaceFirst("(?m)^(\\*\\*What did the POC validate[^\\n]*\\n\\n)",
                "$1See [report](etc/secret.md). "));
        CliRun ev = check(e.toString());
        assertThat(ev.out()).contains("evidence 'etc/secret.md' points outside the repository");
        // a nested configuration that is a link to outside is not read
        Files.writeString(outside.resolve("relax.yaml"), "rules:\n  gate-unchecked: off\n");
        Files.createDirectories(repo.resolve("team"));
        Files.createSymbolicLink(repo.resolve("team/.canvas.yaml"), outside.resolve("relax.yaml"));
        Path t = write("team/canvas.md", "# Square 1: x\n");
        CliRun cfg = check(t.toString());
        assertThat(cfg.exitCode()).isEqualTo(78);
        assertThat(cfg.err()).contains("the configuration is a link to outside the repository");
    }

    @Test
    void procFilesAreNeverRead() throws IOException {
        Path kmsg = Path.of("/proc/kmsg");
        Path link = repo.resolve("kmsg.md");
        Files.createSymbolicLink(link, Files.exists(kmsg) ? kmsg : Path.of("/proc/self/status"));
        CliRun r = check(link.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("a system file (under /proc), which is never read");
    }

    @Test
    void configuredPatternsRunInLinearTime() throws IOException {
        Path c = write("docs/canvas.md", miniWithGap().replace("The AP platform team, weekly rotation, paged through the on-call tool.",
                "a".repeat(200_000) + "!"));
        write(".canvas.yaml", "rules:\n  gate-unchecked: off\n  nested-plus:\n    kind: pattern-forbidden\n    field: on_call\n"
                + "    pattern: '(a+)+$'\n  alternation:\n    kind: pattern-required\n    field: on_call\n    pattern: '^(\\w|\\s)+$'\n"
                + "  long-match:\n    kind: pattern-forbidden\n    field: on_call\n    pattern: 'a{100,}'\n");
        long t0 = System.nanoTime();
        CliRun r = check("-t", MINI, c.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2); // the answer does not match '^(\w|\s)+$' (it ends in '!')
        assertThat(r.out()).contains("[alternation]").doesNotContain("[nested-plus]").contains("[long-match]");
        assertThat(r.out().lines().mapToInt(String::length).max().orElse(0)).as("longest line").isLessThan(1000);
        assertThat(ms).as("milliseconds").isLessThan(5_000);
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void patternsOfEveryKindRunInLinearTime() throws IOException {
        // 28 a's: '(.*a){30}' fails, and java.util.regex tried every way of splitting them (2^28 and more)
        Path c = write("team/canvas.md", miniWithGap().replace("The AP platform team, weekly rotation, paged through the on-call tool.",
                "a".repeat(28) + " b"));
        assertThat(check("-t", MINI, c.toString()).exitCode()).isEqualTo(1); // warm up: the gap alone
        write(".canvas.yaml", "rules:\n  vanity-metrics:\n    fields: [on_call]\n    vanity_patterns: ['(.*a){30}']\n"
                + "    outcome_patterns: ['(.*a){30}x']\n  compliance-named:\n    regulations: ['(.*a){30}']\n");
        write("team/.canvas.yaml", "rules:\n  count:\n    kind: min-count\n    field: on_call\n    pattern: '(.*a){30}'\n"
                + "  range:\n    kind: number-range\n    field: on_call\n    pattern: '(.*a){30}'\n    min: 1\n");
        long t0 = System.nanoTime();
        CliRun r = check("-t", MINI, c.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).contains("[count]", "[range]");
        assertThat(ms).as("milliseconds").isLessThan(1_000);
    }

    @Test
    void configurationMistakesStopTheCheck() throws IOException {
        Path c = write("docs/canvas.md", miniWithGap());
        String[][] cases = {
                {"rules:\n  x:\n    kind: pattern-required\n    field: on_call\n    pattern: '(?=a)b'\n", "is not a valid regular expression"},
                {"rules:\n  x:\n    kind: pattern-required\n    field: oncall\n    pattern: 'a'\n", "names field 'oncall', which the template does not have; did you mean 'on_call'?"},
                {"rules:\n  x:\n    kind: number-range\n    field: on_call\n    min: 5\n    max: 1\n", "min 5 is greater than max 1"},
                {"waivers:\n  - {rule: gate-uncheked, reason: r, approved_by: a, expires: 2099-01-01}\n", "waiver of unknown rule 'gate-uncheked'; did you mean 'gate-unchecked'?"},
                {"waivers:\n  - {rule: syntax-error, reason: r, approved_by: a, expires: 2099-01-01}\n", "waiver of 'syntax-error': that rule cannot be waived"},
                {"rules:\n  vanity-metrics:\n    vanity_patterns: ['api calls(']\n", "vanity_patterns 'api calls(' is not a valid pattern"},
                {"rules:\n  vanity-metrics:\n    outcome_patterns: ['(?<=x)saved']\n", "outcome_patterns '(?<=x)saved' is not a valid pattern"},
                {"rules:\n  compliance-named:\n    regulations: ['GDPR(']\n", "regulations 'GDPR(' is not a valid pattern"},
        };
        for (String[] k : cases) {
            write(".canvas.yaml", k[0]);
            CliRun r = check("-t", MINI, c.toString());
            assertThat(r.exitCode()).as(k[0] + r.err()).isEqualTo(78);
            assertThat(r.err()).as(k[0]).contains(k[1]).contains(".canvas.yaml:");
            assertThat(r.err().lines().count()).as(k[0]).isLessThanOrEqualTo(2);
        }
    }
}

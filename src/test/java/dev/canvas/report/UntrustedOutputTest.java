package dev.canvas.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Nothing a pull request writes drives a CI log or a terminal: canvases whose file names, answers, checklist items,
 * sign-offs and waiver reasons hold workflow commands ({@code ::error file=x::}, {@code ##[error]}), CR and LF, ESC
 * and OSC sequences, HTML, mentions and table pipes go through every report format, and standard error, and a parser
 * written after the Actions runner's rules finds no command that came from them. The {@code github} format's own
 * annotations are the only commands, and the user text in them decodes to what it was, escaped.
 */
class UntrustedOutputTest {

    /** What a hostile value holds; on one line (Markdown) or, in YAML, with real CR and LF. */
    static final String ONE_LINE = "::error file=evil.md,line=1::one-line ##[error]legacy ##vso[task.complete]x "
            + "\u001b[2J\u001b]0;owned\u0007 <img src=https://evil.example/beacon> @org/team a|b \u202eevil";
    static final String YAML_VALUE = "\"x\\r\\n::error file=evil.md,line=1::yaml\\r::add-mask::secret\\n##[error]legacy"
            + " \\e[31m\\e]8;;https://evil\\a @org/team | <img src=x> \\u2028::warning::sep\"";

    @TempDir
    static Path tmp;
    static Path dir;
    static Path config;
    static List<String> files = new ArrayList<>();

    @BeforeAll
    static void fixture() throws Exception {
        dir = tmp.resolve("repo");
        Files.createDirectories(dir.resolve("@org"));
        String md = Files.readString(Path.of("examples/fix-gaps.md"), StandardCharsets.UTF_8)
                .replace("- [x] Caching reduces costs significantly", "- [x] Caching reduces costs significantly\n- [ ] " + ONE_LINE)
                .replace("- Security officer: Priya Natarajan, 2026-11-17", "- Security officer: " + ONE_LINE)
                .replaceFirst("(\\*\\*How does caching reduce cost\\?\\*\\*\\n\\n)[^\\n]*", "$1TODO " + ONE_LINE.replace("$", ""));
        String yaml = Files.readString(Path.of("examples/fix-gaps.yaml"), StandardCharsets.UTF_8)
                .replace("  provider-failover-tested: false", "  provider-failover-tested: false\n    " + YAML_VALUE + ": false")
                .replace("security-officer: {name: \"Priya Natarajan\", date: \"2026-11-17\"}", "security-officer: {name: " + YAML_VALUE + "}");
        for (String name : List.of("::error file=x::named.md", "##[error]named.md", "cr\rlf\n::warning::named.md",
                "esc\u001b]0;title\u0007\u001b[2J.md", "pipe|<img src=x>.yaml", "@org/team.yaml", "sp \u2028::notice::u2028.md")) {
            Path f = dir.resolve(name);
            Files.writeString(f, name.endsWith(".yaml") ? yaml : md, StandardCharsets.UTF_8);
            files.add(f.toString());
        }
        Files.writeString(dir.resolve("yaml\r\n::error::canvas.yaml"), yaml, StandardCharsets.UTF_8);
        files.add(dir.resolve("yaml\r\n::error::canvas.yaml").toString());
        // a dangling link the search reports as not checked: its name reaches the text report's skip list
        Files.createSymbolicLink(dir.resolve("dangling\n::error::link.md"), dir.resolve("nowhere.md"));
        config = tmp.resolve("canvas-config.yaml");
        Files.writeString(config, "waivers:\n  - rule: gate-unchecked\n    reason: " + YAML_VALUE + "\n    approved_by: "
                + YAML_VALUE + "\n    expires: 2099-12-31\n", StandardCharsets.UTF_8);
    }

    private static CliRun run(String format) {
        return CliRun.of("check", dir.toString(), "no such\n::error::missing.md", "--config", config.toString(),
                "--today", "2026-12-01", "--verbose", "--format", format);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void noCommandFromUserTextInAnyFormat(ReportFormat format) {
        CliRun r = run(format.id());
        assertThat(r.out()).as("the report").isNotEmpty();
        assertThat(r.out()).contains("evil");
        List<WorkflowCommands.Command> err = WorkflowCommands.parse(r.err());
        assertThat(err).as("commands on standard error:\n" + r.err()).isEmpty();
        assertInert(r.err());
        assertInert(r.out());
        if (format == ReportFormat.MARKDOWN || format == ReportFormat.HTML) {
            // the YAML sign-off and the file name hold '<img src=x>': text, never a tag (an image beacon)
            assertThat(r.out()).contains("img src=x").doesNotContain("<img");
        }
        List<WorkflowCommands.Command> out = WorkflowCommands.parse(r.out());
        if (format != ReportFormat.GITHUB) {
            assertThat(out).as("commands in " + format.id() + ":\n" + r.out()).isEmpty();
            return;
        }
        // the github format's own annotations: a line each, nothing else a command, user text escaped; past GitHub's
        // cap, log lines that start with "canvas ", never a command
        List<String> lines = WorkflowCommands.lines(r.out()).stream().filter(l -> !l.isEmpty()).toList();
        assertThat(out).hasSameSizeAs(lines.stream().filter(l -> l.startsWith("::")).toList());
        assertThat(lines.stream().filter(l -> !l.startsWith("::"))).isNotEmpty().allMatch(l -> l.startsWith("canvas "));
        for (WorkflowCommands.Command c : out) {
            assertThat(c.legacy()).as(c.line()).isFalse();
            assertThat(c.name()).as(c.line()).isIn("error", "warning", "notice");
            assertThat(c.properties().keySet()).as(c.line()).isSubsetOf(Set.of("file", "line", "col", "title"));
            String file = c.properties().get("file");
            if (file != null) {
                assertThat(file).as(c.line()).isIn(files.stream().map(dev.canvas.text.Untrusted::controlsVisible).toArray()).doesNotContain("\u001b", "\r", "\n")
                        .isEqualTo(file.strip());
            }
            assertThat(c.message()).as(c.line()).doesNotContain("\r", "\n", "\u001b", "##[", "\u2028");
            assertThat(c.properties().getOrDefault("title", "")).doesNotContain("\r", "\n", "\u001b");
        }
    }

    /** No control character but LF (and the tab of a table), no line separator, no bidi override. */
    private static void assertInert(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029
                    || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
            assertThat(control).as("U+%04X at %d in:\n%s", (int) c, i, s).isFalse();
        }
    }

    /** Named relative to the working directory, a file's name starts the lines of the text report. */
    @Test
    void fileNamesThatStartALineAreEscaped() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), dev.canvas.cli.Main.class.getName(), "check", "--verbose",
                "--config", config.toString(), "--today", "2026-12-01", "--format", "text"));
        for (String f : files) {
            cmd.add(dir.relativize(Path.of(f)).toString());
        }
        cmd.add(":: \r\n::error::missing.md");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(tmp.resolve("rel.out").toFile())
                .redirectError(tmp.resolve("rel.err").toFile()).start();
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(tmp.resolve("rel.out"), StandardCharsets.UTF_8);
        String err = Files.readString(tmp.resolve("rel.err"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(66);
        assertThat(out).contains("named.md:");
        assertThat(WorkflowCommands.parse(out)).as(out).isEmpty();
        assertThat(WorkflowCommands.parse(err)).as(err).isEmpty();
        assertInert(out);
        assertInert(err);
    }

    @Test
    void aConfigurationKeyOnStandardErrorIsEscaped(@TempDir Path d) throws Exception {
        Path cfg = d.resolve("c.yaml");
        Files.writeString(cfg, "rules:\n  \"x\\r\\n::error file=a::key\\e[2J ##[error]k\": off\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("check", "examples/go.md", "--config", cfg.toString());
        assertThat(r.exitCode()).isEqualTo(78);
        assertThat(WorkflowCommands.parse(r.err())).as(r.err()).isEmpty();
        assertInert(r.err());
        assertThat(r.err()).contains("\\u001b");
    }

    @Test
    void theMarkdownReportKeepsItsTablesAndRendersNoHtmlOrMention() {
        CliRun r = run("markdown");
        String md = r.out();
        // every table row has as many cells as its header: a '|' in a file name is escaped
        int header = -1; // the cells of the current table's header row
        for (String line : md.lines().toList()) {
            if (!line.startsWith("|")) {
                header = -1;
                continue;
            }
            int cells = line.replace("\\|", "").split("\\|", -1).length;
            if (header < 0) {
                header = cells;
            }
            assertThat(cells).as(line).isEqualTo(header);
        }
        List<String> overview = md.lines().takeWhile(l -> !l.startsWith("### ")).filter(l -> l.startsWith("| ") && l.contains("pipe"))
                .toList();
        assertThat(overview).hasSize(1);
        assertThat(overview.get(0).replace("\\|", "").split("\\|", -1)).hasSize(8);
        assertThat(md).doesNotContainPattern("<(?!br>)[a-zA-Z]").doesNotContain("@org").contains("@\u200borg");
    }
}

package dev.canvas.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.canvas.CliRun;
import dev.canvas.cli.ExitCodes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every format on a mixed directory: one canvas per verdict, a malformed one and a file that is not a canvas. */
class ReportFormatsTest {

    @TempDir
    static Path tmp;
    static Path dir;

    @BeforeAll
    static void fixture() throws Exception {
        dir = MixedDirectoryFixture.create(tmp);
    }

    private static CliRun check(String... extra) {
        List<String> args = new ArrayList<>(List.of("check", dir.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void textHasEveryCanvasASummaryTableAndTheWorstVerdict() {
        CliRun r = check("--verbose");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.DO_NOT_DEPLOY);
        assertThat(r.out()).contains("go.md", "fix-gaps.yaml", "team-b/do-not-deploy.md", "team-b/malformed.yaml",
                "canvas is not valid YAML", "verdict: DO-NOT-DEPLOY (worst of 4 canvases: 1 go, 1 fix-gaps, 2 do-not-deploy)")
                .doesNotContain("notes.md");
        assertThat(r.out()).containsPattern("(?m)^.*team-b/malformed.yaml +do-not-deploy +0% +1 +0 +0$");
        assertThat(r.err()).contains("skipped " + dir + "/notes.md: not a canvas");
    }

    @Test
    void junitHasASuitePerCanvasAndATestcasePerSquareAndGate() throws Exception {
        CliRun r = check("--format", "junit");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.DO_NOT_DEPLOY);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(4);
        for (int i = 0; i < suites.getLength(); i++) {
            Element s = (Element) suites.item(i);
            // prerequisites + 11 squares + 5 gates + the file itself
            assertThat(s.getElementsByTagName("testcase").getLength()).as(s.getAttribute("name")).isEqualTo(18);
            assertThat(Integer.parseInt(s.getAttribute("failures"))).isEqualTo(s.getElementsByTagName("failure").getLength());
        }
        Element fixGaps = suite(xml, "fix-gaps.yaml");
        // gates 4 and 5, and squares 8 and 9 (their readiness-checklist items)
        assertThat(fixGaps.getAttribute("failures")).isEqualTo("4");
        assertThat(fixGaps.getTextContent()).contains("Provider failover tested", "fix:");
        assertThat(suite(xml, "go.md").getAttribute("failures")).isEqualTo("0");
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("72");
    }

    private static Element suite(Document xml, String nameEnd) {
        NodeList suites = xml.getElementsByTagName("testsuite");
        for (int i = 0; i < suites.getLength(); i++) {
            Element s = (Element) suites.item(i);
            if (s.getAttribute("name").endsWith(nameEnd)) {
                return s;
            }
        }
        throw new AssertionError("no suite " + nameEnd);
    }

    @Test
    void githubAnnotatesEveryFindingOnItsLine() {
        CliRun r = check("--format", "github");
        List<String> lines = r.out().lines().toList();
        List<String> commands = lines.stream().filter(l -> l.startsWith("::")).toList();
        assertThat(commands).allMatch(l -> l.matches("::(error|warning|notice) [^:]*::.+"), "workflow commands");
        assertThat(lines).allMatch(l -> l.startsWith("::") || l.startsWith("canvas "), "commands, then log lines");
        assertThat(lines).anyMatch(l -> l.startsWith("::warning file=" + dir.toString().replace(":", "%3A") + "/fix-gaps.yaml,line="));
        assertThat(lines).anyMatch(l -> l.startsWith("::error file=") && l.contains("malformed.yaml,line=4,col="));
        // the verdict first, blockers before gaps, and never more than GitHub shows of one level
        assertThat(lines.get(0)).startsWith("::notice title=canvas verdict%3A do-not-deploy::4 canvases checked");
        assertThat(commands.stream().map(l -> l.substring(2, l.indexOf(' '))).distinct().toList())
                .containsExactly("notice", "error", "warning");
        for (String level : List.of("error", "warning", "notice")) {
            assertThat(commands.stream().filter(l -> l.startsWith("::" + level + " ")).count()).as(level).isLessThanOrEqualTo(10);
        }
        // every gap is an annotation or, past the cap, a log line
        long gaps = check("--format", "json").out().lines().filter(l -> l.contains("\"severity\": \"gap\"")).count();
        assertThat(commands).anyMatch(l -> l.startsWith("::warning title=canvas%3A ") && l.contains(" more warning annotations than GitHub shows"));
        assertThat(lines.stream().filter(l -> l.startsWith("::warning file=") || l.startsWith("canvas warning: "))
                .filter(l -> l.contains("title=canvas ") || l.contains("[canvas ")).count()).isEqualTo(gaps);
    }

    @Test
    void markdownSummarisesForAPullRequest() {
        CliRun r = check("--format", "markdown");
        assertThat(r.out()).startsWith("## canvas: ❌ do-not-deploy\n").contains("| canvas | verdict | ready |",
                "⚠️ fix-gaps", "**Missing items**", "- [ ] **Phase 4 validation gate**");
        // canvas text cannot inject HTML
        assertThat(r.out()).doesNotContain("<script>");
    }

    @Test
    void sarifIsValidForTheSarifMultitool(@TempDir Path out) throws Exception {
        Path sarif = out.resolve("reports/canvas.sarif");
        CliRun r = check("--format", "sarif=" + sarif, "--format", "text");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.DO_NOT_DEPLOY);
        assertThat(r.out()).contains("verdict: DO-NOT-DEPLOY");
        String json = Files.readString(sarif);
        assertThat(json).contains("\"version\": \"2.1.0\"", "\"%SRCROOT%\"", "\"ruleId\": \"gate-unchecked\"",
                "\"startLine\"", "\"help\"");

        Path multitool = Path.of(".tools/node_modules/.bin/sarif-multitool");
        boolean ci = "true".equals(System.getenv("CI"));
        if (!Files.isExecutable(multitool)) {
            assertThat(ci).as("CI installs the SARIF Multitool (.ci/run); it must be there").isFalse();
            assumeTrue(false, "SARIF Multitool not installed: run .ci/run once, or npm install --prefix .tools @microsoft/sarif-multitool");
        }
        Process p = new ProcessBuilder(multitool.toString(), "validate", sarif.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(log).as(log).doesNotContainPattern("(?i): (error|warning) [A-Z]+\\d+").contains("Analysis completed successfully");
    }

    @Test
    void failOnSetsTheThresholdButTheReportStillShowsTheVerdict() throws Exception {
        Path fixGaps = dir.resolve("fix-gaps.yaml");
        assertThat(CliRun.of("check", fixGaps.toString()).exitCode()).isEqualTo(ExitCodes.FIX_GAPS);
        CliRun lenient = CliRun.of("check", "--fail-on", "do-not-deploy", fixGaps.toString());
        assertThat(lenient.exitCode()).isEqualTo(ExitCodes.GO);
        assertThat(lenient.out()).contains("verdict: FIX-GAPS");
        assertThat(CliRun.of("check", "--fail-on", "do-not-deploy", dir.toString()).exitCode()).isEqualTo(ExitCodes.DO_NOT_DEPLOY);
        assertThat(CliRun.of("check", "--fail-on", "never", dir.toString()).exitCode()).isEqualTo(ExitCodes.GO);
        assertThat(CliRun.of("check", "--fail-on", "never", "no/such/file.md").exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(CliRun.of("check", "--fail-on", "sometimes", fixGaps.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void severalFormatsInOneRunButOnlyOneOnStandardOutput(@TempDir Path out) {
        assertThat(check("--format", "json", "--format", "text").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(check("--format", "xml").err()).contains("unknown --format 'xml'");
        CliRun r = check("--format", "json", "-o", out.resolve("r.json").toString(), "--format", "junit=" + out.resolve("r.xml"));
        assertThat(r.out()).isEmpty();
        assertThat(out.resolve("r.json")).content().contains("\"verdict\": \"do-not-deploy\"");
        assertThat(out.resolve("r.xml")).content().startsWith("<?xml");
    }
}

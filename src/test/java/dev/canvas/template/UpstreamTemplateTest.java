package dev.canvas.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import dev.canvas.Upstream;
import dev.canvas.cli.ExitCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Users already have canvases filled in from BMAD's own template. This fills one in the way create-doc does
 * (every placeholder replaced by an answer, guidance removed, boxes ticked) from the upstream fixture itself,
 * and checks it with {@code --template} pointing at that fixture, with BMAD's readiness checklist, filled in, as its
 * checklist file (the method deploys only with it).
 */
class UpstreamTemplateTest {

    static final String UPSTREAM = Upstream.DIR + "/production-canvas-tmpl.yaml";

    @TempDir
    static Path dir;
    static String filled;
    /** BMAD's readiness checklist as a team fills it: every box ticked, every sign-off with a name and a date. */
    static Path checklist;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void fillInTheUpstreamTemplate() throws Exception {
        Upstream.assumePresent();
        Map<String, Object> tmpl = new Yaml().load(Files.readString(Path.of(UPSTREAM), StandardCharsets.UTF_8));
        StringBuilder md = new StringBuilder();
        for (Map<String, Object> section : (List<Map<String, Object>>) tmpl.get("sections")) {
            md.append(section.get("content")).append('\n');
        }
        filled = md.toString()
                .replaceAll("(?s)\\[\\[LLM:.*?\\]\\]\\n?", "")
                .replaceAll("\\{\\{(\\w+)\\}\\}", "Our answer for $1: a real, specific statement with numbers.")
                .replace("- [ ]", "- [x]");
        checklist = dir.resolve("readiness.md");
        Files.writeString(checklist, Files.readString(Upstream.file("production-readiness-checklist.md"), StandardCharsets.UTF_8)
                .replace("[ ]", "[x]")
                .replaceAll("(?m)^(- (Engineering|Security|Product|Executive|Legal/Compliance)): .*$", "$1: Dana Reyes, 2026-11-30"),
                StandardCharsets.UTF_8);
    }

    /**
     * The filled-in answers are filler, so the rules that judge substance are off: this test is about the
     * template's structure (squares, questions, boxes), not about the answers.
     */
    private static final String STRUCTURE_ONLY = """
            rules:
              vanity-metrics: off
              roi-figures: off
              roi-positive: off
              scale-milestones: off
              sla-measurable: off
              economics-at-scale: off
              unified-data-platform: off
              provider-failover: off
              compliance-named: off
            """;

    private static CliRun check(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        Path config = dir.resolve("structure-only.yaml");
        Files.writeString(config, STRUCTURE_ONLY, StandardCharsets.UTF_8);
        return CliRun.of("check", "--config", config.toString(), "--template", UPSTREAM, "--checklist", checklist.toString(),
                f.toString());
    }

    @Test
    void withoutTheReadinessChecklistItIsNotGo() throws Exception {
        Path f = dir.resolve("no-checklist.md");
        Files.writeString(f, filled, StandardCharsets.UTF_8);
        CliRun r = CliRun.of("check", "--config", dir.resolve("structure-only.yaml").toString(), "--template", UPSTREAM,
                f.toString());
        assertThat(r.exitCode()).as(r.out()).isEqualTo(ExitCodes.FIX_GAPS);
        assertThat(r.out()).contains("[checklist-missing]", "[signoff-missing]");
    }

    @Test
    void aCompleteUpstreamCanvasIsGo() throws Exception {
        CliRun r = check("complete.md", filled);
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.GO);
        assertThat(r.out()).contains("100% ready", "verdict: GO");
    }

    @Test
    void anUntickedReadinessGateBoxIsFixGaps() throws Exception {
        CliRun r = check("gap.md", filled.replace("- [x] Provider failover tested", "- [ ] Provider failover tested"));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FIX_GAPS);
        assertThat(r.out()).contains("Production readiness gate item 'Provider failover tested' is not confirmed");
    }

    @Test
    void aLeftoverPlaceholderIsDoNotDeploy() throws Exception {
        CliRun r = check("incomplete.md", filled.replace(
                "Our answer for roi_calculation: a real, specific statement with numbers.", "{{roi_calculation}}"));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.DO_NOT_DEPLOY);
        assertThat(r.out()).contains("roi_calculation: answer to 'What's the business value / ROI?' is still the template placeholder");
    }

    @Test
    void theBundledTemplateAcceptsTheUpstreamQuestionsWhereTheyMeanTheSame() throws Exception {
        // checked against our own template, an upstream-worded canvas still has its squares and most answers found
        Path f = dir.resolve("upstream-words.md");
        Files.writeString(f, filled, StandardCharsets.UTF_8);
        CliRun r = CliRun.of("check", f.toString());
        assertThat(r.out()).doesNotContain("square-missing");
    }
}

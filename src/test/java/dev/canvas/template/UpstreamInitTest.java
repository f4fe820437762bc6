package dev.canvas.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import dev.canvas.Upstream;
import dev.canvas.cli.ExitCodes;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

/**
 * What a team does with BMAD's own templates: {@code canvas init --template} (production and POC), every box
 * ticked, every question answered as a competent team would (src/test/resources/upstream-answers/, plain
 * notation, judged by every rule): {@code canvas check} with the same template gives go.
 */
class UpstreamInitTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"production-canvas-tmpl.yaml, production.yaml, verdict: GO",
            "poc-canvas-tmpl.yaml, poc.yaml, verdict: BUILD THE POC"})
    void initThenTickEveryBoxAndAnswerEveryQuestionIsGo(String template, String answersFile, String verdict) throws Exception {
        Path tmpl = Upstream.file(template);
        Path canvas = dir.resolve("canvas.md");
        CliRun init = CliRun.of("init", "--template", tmpl.toString(), "-o", canvas.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();

        Map<String, String> answers = new Yaml().load(Files.readString(Path.of("src/test/resources/upstream-answers",
                answersFile), StandardCharsets.UTF_8));
        CanvasDefinition def = TemplateLoader.load(tmpl);
        assertThat(answers.keySet()).containsExactlyInAnyOrderElementsOf(def.fields().stream().map(Field::id).toList());

        String scaffold = Files.readString(canvas, StandardCharsets.UTF_8);
        Matcher m = PLACEHOLDER.matcher(scaffold);
        StringBuilder filled = new StringBuilder();
        int answered = 0;
        while (m.find()) {
            String answer = answers.get(m.group(1));
            if (answer != null) {
                answered++;
            }
            m.appendReplacement(filled, Matcher.quoteReplacement(answer == null ? m.group() : answer.strip()));
        }
        m.appendTail(filled);
        assertThat(answered).isEqualTo(def.fields().size());
        // every box ticked, every sign-off line signed (the production canvas has the method's readiness checklist)
        String text = filled.toString().replace("- [ ]", "- [x]").replace("project: \"\"", "project: \"Claims intake agent\"")
                .replaceAll("(?m)^(- (Engineering lead|Security officer|Product owner|Executive sponsor|Legal/compliance):) ?$",
                        "$1 Dana Reyes, 2026-11-30");
        Files.writeString(canvas, text, StandardCharsets.UTF_8);

        CliRun check = CliRun.of("check", "--template", tmpl.toString(), canvas.toString());
        assertThat(check.out()).as(check.out() + check.err()).contains("100% ready", verdict)
                .doesNotContain("warning [", "gap [", "blocker [");
        assertThat(check.exitCode()).isEqualTo(ExitCodes.GO);
    }
}

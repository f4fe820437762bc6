package dev.canvas.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.canvas.CliRun;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JSON report names, per canvas, the template it was checked against, and words the run's summary as the text
 * report does: in the canvases' words, for a run of POC canvases.
 */
class JsonReportTest {

    private static JsonNode json(String... paths) throws IOException {
        String[] args = new String[paths.length + 3];
        args[0] = "check";
        args[1] = "--format";
        args[2] = "json";
        System.arraycopy(paths, 0, args, 3, paths.length);
        CliRun r = CliRun.of(args);
        assertThat(r.err()).as("only a path that is not there is an error").doesNotContain("canvas: error: examples/");
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void eachCanvasNamesItsOwnTemplateAndTheRunNoJoinedOne() throws IOException {
        JsonNode report = json("examples/poc/poc-canvas.md", "examples/go.md");
        assertThat(report.has("template")).as("no top-level template: each file has its own").isFalse();
        Map<String, String> kinds = new HashMap<>();
        for (JsonNode f : report.get("files")) {
            JsonNode t = f.get("template");
            kinds.put(f.get("path").asText(), t.get("kind").asText() + " " + t.get("source").asText());
            assertThat(t.get("name").asText()).isNotBlank();
        }
        assertThat(kinds).containsEntry("examples/poc/poc-canvas.md", "poc bundled:poc-canvas-tmpl.yaml")
                .containsEntry("examples/go.md", "production bundled:production-canvas-tmpl.yaml");
    }

    @Test
    void aRunOfPocCanvasesIsSummedUpInTheirWords() throws IOException {
        JsonNode summary = json("examples/poc").get("summary");
        assertThat(summary.get("files").asInt()).isEqualTo(4);
        assertThat(summary.get("do-not-deploy").asInt()).isEqualTo(1);
        assertThat(summary.get("label").asText()).isEqualTo("do not build");
        assertThat(summary.get("text").asText()).isEqualTo("2 build the POC, 1 fix gaps, 1 do not build");
        // the same words as the text report's last line
        assertThat(CliRun.of("check", "examples/poc").out())
                .contains("verdict: DO NOT BUILD (worst of 4 canvases: 2 build the POC, 1 fix gaps, 1 do not build)");
    }

    @Test
    void aMixedRunNamesVerdictsByTheirIdsAndAFailedRunByItsStatus() throws IOException {
        JsonNode summary = json("examples/poc/poc-canvas.md", "examples/go.md").get("summary");
        assertThat(summary.get("label").asText()).isEqualTo("go");
        assertThat(summary.get("text").asText()).isEqualTo("2 go, 0 fix-gaps, 0 do-not-deploy");
        JsonNode failed = json("examples/go.md", "no-such-canvas.md");
        assertThat(failed.get("verdict").asText()).isEqualTo("error");
        assertThat(failed.get("summary").get("label").asText()).isEqualTo("error");
        assertThat(failed.get("files").get(0).get("template").get("kind").asText()).isEqualTo("production");
    }
}

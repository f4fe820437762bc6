package dev.canvas.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The pre-commit manifest names a runnable entry and picks up canvases, not every Markdown file. (.ci/run runs the entry.) */
class PreCommitHookTest {

    @Test
    void manifestIsUsable() throws Exception {
        List<Map<String, Object>> hooks = new Yaml().load(Files.readString(Path.of(".pre-commit-hooks.yaml")));
        assertThat(hooks).hasSize(1);
        Map<String, Object> hook = hooks.get(0);
        assertThat(hook).containsEntry("id", "canvas-check").containsEntry("language", "script");
        assertThat(Path.of((String) hook.get("entry"))).isExecutable();
        Pattern files = Pattern.compile((String) hook.get("files"));
        assertThat(List.of("production-canvas.md", "docs/agents/billing-canvas.yaml", "examples/canvas.yml"))
                .allMatch(f -> files.matcher(f).find());
        assertThat(List.of("README.md", "docs/notes.md", "pom.xml")).noneMatch(f -> files.matcher(f).find());
    }
}

package dev.canvas.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The pre-commit manifest names a runnable entry and picks up canvases, not every Markdown file, nor the tool's own
 * configuration or a workflow; without an installed canvas the entry says what to install. (src/test/dist/pre-commit.sh
 * runs the hook with pre-commit itself.)
 */
class PreCommitHookTest {

    @Test
    void manifestIsUsable() throws Exception {
        List<Map<String, Object>> hooks = new Yaml().load(Files.readString(Path.of(".pre-commit-hooks.yaml")));
        assertThat(hooks).hasSize(1);
        Map<String, Object> hook = hooks.get(0);
        assertThat(hook).containsEntry("id", "canvas-check").containsEntry("language", "script");
        assertThat(Path.of((String) hook.get("entry"))).isExecutable();
        // pre-commit matches with Python's re.search; this pattern reads the same in Java
        Pattern files = Pattern.compile((String) hook.get("files"));
        assertThat(List.of("production-canvas.md", "docs/agents/billing-canvas.yaml", "examples/canvas.yml",
                "a/b/poc-canvas.markdown", "docs/my.canvas.yaml")).allMatch(f -> files.matcher(f).find());
        assertThat(List.of("README.md", "docs/notes.md", "pom.xml", ".canvas.yaml", ".canvas.yml", "docs/.canvas.yaml",
                ".github/workflows/canvas.yml", ".github/canvas.md")).noneMatch(f -> files.matcher(f).find());
    }

    @Test
    void withoutCanvasItSaysWhatToInstallNotThatMavenIsMissing(@TempDir Path tmp) throws Exception {
        assumeTrue(new File("/bin/bash").canExecute(), "no bash");
        // a copy of the hook's checkout as pre-commit clones it: no build in it, and a PATH without canvas or mvn
        Path hook = Files.createDirectories(tmp.resolve("hook/scripts"));
        Files.copy(Path.of("scripts/pre-commit-canvas"), hook.resolve("pre-commit-canvas"));
        Files.copy(Path.of("pom.xml"), tmp.resolve("hook/pom.xml"));
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        for (String tool : List.of("dirname", "sed", "cat")) {
            Files.createSymbolicLink(bin.resolve(tool), Path.of("/usr/bin", tool));
        }
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", hook.resolve("pre-commit-canvas").toString(), "docs/x-canvas.md")
                .redirectErrorStream(true);
        pb.environment().put("PATH", bin.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        String version = pomValue("version");
        assertThat(out).contains("the 'canvas' command is not installed", "canvas-" + version + "-linux-x64.tar.gz",
                "canvas_" + version + "_amd64.deb", "canvas-" + version + ".jar", pomValue("url") + "#install")
                .doesNotContain("mvn", "command not found");
    }

    /** The project's own value of a top-level pom element (indented by two spaces). */
    static String pomValue(String element) throws Exception {
        Matcher m = Pattern.compile("(?m)^  <" + element + ">([^<]+)</" + element + ">")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).as("<" + element + "> in pom.xml").isTrue();
        return m.group(1);
    }
}

package dev.canvas.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.canvas.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Globs match what bash matches with {@code shopt -s globstar}: a generated tree (hidden folders in it), 400
 * generated patterns (several {@code **} among them, and segments naming hidden folders), and bash asked once for all
 * of them.
 */
class GlobReferenceTest {

    private static final String[] DIRS = {"docs", "a", "b", "canvases", "ab", ".drafts"};
    private static final String[] FILES = {"x.md", "y.yaml", "ab.md", "canvas.yml", "notes.txt"};
    private static final String[] DIR_SEGMENTS = {"**", "**", "*", "a", "b*", "c?nvases", "docs", "[ab]", "*s", "a*", ".drafts",
            ".d*"};
    private static final String[] FILE_SEGMENTS = {"*.md", "*", "x.*", "*.y*ml", "[xa]*.md", "?.md", "canvas.yml", "**"};

    /** Directories of up to three levels named from DIRS (not every name everywhere), each with every file. */
    private static List<Path> tree(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> dirs = new ArrayList<>(List.of(root));
        for (int depth = 0; depth < 3; depth++) {
            List<Path> next = new ArrayList<>();
            for (Path d : dirs) {
                for (String n : DIRS) {
                    if (depth == 0 || Math.floorMod(d.getFileName().toString().hashCode() * 31 + n.hashCode() + depth, 5) < 2) {
                        // every name at the top, two in five below: about 60 folders
                        next.add(d.resolve(n));
                    }
                }
            }
            dirs.addAll(next.stream().filter(p -> !dirs.contains(p)).toList());
        }
        for (Path d : dirs) {
            Files.createDirectories(d);
            for (String f : FILES) {
                Path p = d.resolve(f);
                Files.writeString(p, "x");
                files.add(p);
            }
        }
        return files;
    }

    @Test
    void globsMatchWhatBashGlobstarMatches(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("t");
        tree(root);
        Random rnd = new Random(15);
        List<String> patterns = new ArrayList<>(List.of("docs/**/canvases/**/*.md", "**/**/**/*.md", "**/*.md", "**",
                "*/**/*.yaml", "a/**", "**/a/**/b/**/*.md", "**/**", "docs/**/*.md", "**/.drafts/*.md", ".drafts/**", "docs/.drafts/*.md"));
        while (patterns.size() < 400) {
            StringBuilder p = new StringBuilder();
            int n = rnd.nextInt(4);
            for (int i = 0; i < n; i++) {
                p.append(DIR_SEGMENTS[rnd.nextInt(DIR_SEGMENTS.length)]).append('/');
            }
            p.append(FILE_SEGMENTS[rnd.nextInt(FILE_SEGMENTS.length)]);
            if (!patterns.contains(p.toString()) && CanvasFinder.isGlob(p.toString())) {
                patterns.add(p.toString());
            }
        }
        Map<String, TreeSet<String>> bash = bash(root, patterns);
        int nonEmpty = 0;
        for (String pattern : patterns) {
            TreeSet<String> expected = new TreeSet<>();
            for (String f : bash.getOrDefault(pattern, new TreeSet<>())) {
                if (CanvasFinder.canvasExtension(f) && Files.isRegularFile(root.resolve(f))) {
                    expected.add(f);
                }
            }
            CanvasFinder.Resolution r = CanvasFinder.resolve(List.of(root + "/" + pattern));
            TreeSet<String> actual = new TreeSet<>();
            r.targets().forEach(t -> actual.add(root.relativize(t.path().toAbsolutePath()).toString()));
            assertThat(actual).as(pattern).isEqualTo(expected);
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).as("patterns that match something").isGreaterThan(100);
    }

    /** What bash expands each pattern to, from {@code root}. */
    private static Map<String, TreeSet<String>> bash(Path root, List<String> patterns) throws Exception {
        StringBuilder script = new StringBuilder("shopt -s globstar nullglob\ncd \"$1\" || exit 3\n");
        for (int i = 0; i < patterns.size(); i++) {
            script.append("echo '=== ").append(i).append("'\nfor f in ").append(patterns.get(i)).append("; do echo \"$f\"; done\n");
        }
        Path sh = root.getParent().resolve("globs.sh");
        Files.writeString(sh, script, StandardCharsets.UTF_8);
        Process p;
        try {
            p = new ProcessBuilder("bash", sh.toString(), root.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "bash is not available: " + e.getMessage());
            return Map.of();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "bash failed: " + out);
        Map<String, TreeSet<String>> result = new HashMap<>();
        TreeSet<String> current = null;
        for (String line : out.split("\n")) {
            if (line.startsWith("=== ")) {
                current = new TreeSet<>();
                result.put(patterns.get(Integer.parseInt(line.substring(4))), current);
            } else if (!line.isEmpty() && current != null) {
                current.add(line);
            }
        }
        assumeTrue(result.size() == patterns.size(), "bash has no globstar (bash 4 or later): " + out.lines().limit(3).toList());
        return result;
    }

    @Test
    void severalDoubleStarsMatchAnyDepth(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("docs/x/canvases/y"));
        Files.createDirectories(dir.resolve("docs/canvases"));
        Files.writeString(dir.resolve("docs/x/canvases/y/deep.md"), "x");
        Files.writeString(dir.resolve("docs/canvases/top.md"), "x");
        Files.writeString(dir.resolve("docs/x/other.md"), "x");
        assertThat(CanvasFinder.resolve(List.of(dir + "/docs/**/canvases/**/*.md")).targets())
                .extracting(t -> dir.relativize(t.path()).toString())
                .containsExactly("docs/canvases/top.md", "docs/x/canvases/y/deep.md");
        assertThat(CanvasFinder.resolve(List.of(dir + "/**/**/**/*.md")).targets()).hasSize(3);
    }

    @Test
    void aMalformedGlobIsAUsageErrorInOneLine(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("docs"));
        assertThatThrownBy(() -> CanvasFinder.resolve(List.of(dir + "/docs/[.md")))
                .isInstanceOf(CanvasFinder.BadGlobException.class);
        for (String bad : List.of(dir + "/docs/[.md", dir + "/docs/{a,b.md", "docs/**/[z-a].md")) {
            CliRun r = CliRun.of("check", bad);
            assertThat(r.exitCode()).as(bad + r.err()).isEqualTo(64);
            assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).contains("is not a valid glob pattern").doesNotContain("internal error");
        }
    }

    @Test
    void aFileWhoseNameLooksLikeAGlobIsCheckedAsNamed(@TempDir Path dir) throws Exception {
        Path odd = dir.resolve("[draft].md");
        Files.copy(Path.of("examples/go.md"), odd);
        CliRun r = CliRun.of("check", odd.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.count()).isEqualTo(1);
        }
    }
}

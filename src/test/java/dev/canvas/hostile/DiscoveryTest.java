package dev.canvas.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import dev.canvas.check.CanvasChecker;
import dev.canvas.check.CheckOptions;
import dev.canvas.check.CheckRunner;
import dev.canvas.check.CheckerFactory;
import dev.canvas.model.SourceFormat;
import dev.canvas.template.TemplateLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file a directory or glob search finds and the parser would read as a canvas is checked, however it is
 * written; what is passed over is said, and is data of the run's result. Each case is a repository in a temporary
 * folder (a {@code .git} folder marks its root), with a {@code docs} folder.
 */
class DiscoveryTest {

    @TempDir
    Path tmp;
    Path repo;

    @BeforeEach
    void repository() throws IOException {
        repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve("docs"));
    }

    /** A canvas with nothing answered: do-not-deploy wherever it is checked. */
    private static final String EMPTY_SQUARES = "# Production canvas\n\n### Square 1 \u2013 Business Case & Scale Planning\n\n"
            + "**What business problem does the agent solve?**\n\n";

    @Test
    void aCanvasIsFoundHoweverItsHeadingsAndKeysAreWritten() throws Exception {
        Files.writeString(repo.resolve("docs/en-dash.md"), EMPTY_SQUARES);
        Files.writeString(repo.resolve("docs/quoted.yaml"), "\"canvas\": production\nsquares: {}\n");
        Files.writeString(repo.resolve("docs/single-quoted.yaml"), "'canvas': production\n");
        Files.writeString(repo.resolve("docs/setext.md"), "Square 1: Business Case\n=====\n\nnothing\n");
        Files.writeString(repo.resolve("docs/bold-heading.md"), "## **Phase 1 \u2014 Product**\n");
        Files.writeString(repo.resolve("docs/README.md"), "# Notes\n\nNot a canvas.\n");
        Files.writeString(repo.resolve("docs/ci.yaml"), "canvas:\n  runs-on: ubuntu\n");
        Files.createDirectories(repo.resolve("real"));
        Files.writeString(repo.resolve("real/target.md"), EMPTY_SQUARES);
        Files.createSymbolicLink(repo.resolve("docs/linked.md"), repo.resolve("real/target.md"));

        CliRun r = CliRun.of("check", repo.resolve("docs").toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(2);
        for (String f : List.of("en-dash.md", "quoted.yaml", "single-quoted.yaml", "setext.md", "bold-heading.md", "linked.md")) {
            assertThat(r.out()).as(f).contains("docs/" + f + "  (");
        }
        assertThat(r.out()).doesNotContain("README.md  (").doesNotContain("ci.yaml  (");
        // the same through a glob
        CliRun g = CliRun.of("check", repo + "/**/*.md");
        assertThat(g.out()).contains("en-dash.md  (", "linked.md  (").doesNotContain("target.md  ("); // one file, checked once
    }

    @Test
    void sniffingAgreesWithTheParsers() {
        for (String sep : List.of(":", ".", "-", "\u2013", "\u2014")) {
            String md = "### Square 3 " + sep + " Robust Agent Architecture\n";
            assertThat(CanvasChecker.looksLikeCanvas(md, SourceFormat.MARKDOWN)).as(sep).isTrue();
            assertThat(CanvasChecker.looksLikeCanvas("## PHASE 2" + sep + " AGENT ARCHITECTURE\n", SourceFormat.MARKDOWN)).isTrue();
        }
        assertThat(CanvasChecker.looksLikeCanvas("---\n\"canvas\": poc\n---\n# x\n", SourceFormat.MARKDOWN)).isTrue();
        assertThat(CanvasChecker.looksLikeCanvas("Squares are nice\n", SourceFormat.MARKDOWN)).isFalse();
        assertThat(CanvasChecker.looksLikeCanvas("#Square 1: no space\n", SourceFormat.MARKDOWN)).isFalse();
        assertThat(CanvasChecker.looksLikeCanvas("canvas:\n  job: x\n", SourceFormat.YAML)).isFalse();
        // a long line of spaces after a heading mark costs linear time
        String spaces = "#" + " ".repeat(200_000) + "x\n";
        long t0 = System.nanoTime();
        assertThat(CanvasChecker.looksLikeCanvas(spaces.repeat(5), SourceFormat.MARKDOWN)).isFalse();
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2_000);
    }

    @Test
    void aCanvasReplacedByALinkThatCannotBeFollowedFailsTheRun() throws Exception {
        Files.copy(Path.of("examples/go.md"), repo.resolve("docs/go.md"));
        Path outside = tmp.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("bad.md"), EMPTY_SQUARES);
        Files.createSymbolicLink(repo.resolve("docs/bad.md"), outside.resolve("bad.md"));
        Files.createSymbolicLink(repo.resolve("docs/gone.md"), repo.resolve("docs/nowhere.md"));
        Files.createSymbolicLink(repo.resolve("docs/loop-a.yaml"), repo.resolve("docs/loop-b.yaml"));
        Files.createSymbolicLink(repo.resolve("docs/loop-b.yaml"), repo.resolve("docs/loop-a.yaml"));
        Files.createSymbolicLink(repo.resolve("docs/elsewhere"), outside);
        Files.createSymbolicLink(repo.resolve("docs/notes.txt"), outside.resolve("bad.md")); // not a canvas's name

        // a do-not-deploy canvas swapped for a link must not turn the gate green: the run fails (exit 66)
        for (String arg : List.of(repo.resolve("docs").toString(), repo + "/docs/*.*")) {
            CliRun r = CliRun.of("check", arg);
            assertThat(r.exitCode()).as(arg + r.out() + r.err()).isEqualTo(66);
            assertThat(r.err()).contains("canvas: error: " + repo.resolve("docs") + "/bad.md: a link to a file outside the repository")
                    .contains("gone.md: a link that leads nowhere (dangling, or a loop)")
                    .contains("loop-a.yaml: a link that leads nowhere").contains("loop-b.yaml: a link that leads nowhere")
                    .doesNotContain("notes.txt");
            assertThat(r.out()).contains("go.md  (");
        }
        // a folder linked from outside holds no file with a canvas's name here: passed over, and said
        CliRun r = CliRun.of("check", repo.resolve("docs").toString());
        assertThat(r.err()).contains("canvas: skipped " + repo.resolve("docs") + "/elsewhere: a link to a folder outside the repository");

        // data of the run's result, for every report
        CheckerFactory factory = new CheckerFactory(List.of(TemplateLoader.bundled(TemplateLoader.BUNDLED_PRODUCTION)),
                CheckOptions.defaults(), Optional.empty());
        CheckRunner.Outcome o = CheckRunner.run(factory, List.of(repo.resolve("docs").toString()));
        assertThat(o.report().skipped()).extracting(s -> s.path().replace(repo.toString(), "repo") + " " + s.unreadable())
                .containsExactlyInAnyOrder("repo/docs/bad.md true", "repo/docs/gone.md true", "repo/docs/loop-a.yaml true",
                        "repo/docs/loop-b.yaml true", "repo/docs/elsewhere false");
        assertThat(o.errors()).hasSize(4);
        for (String format : List.of("json", "sarif", "junit", "markdown")) {
            CliRun f = CliRun.of("check", "-f", format, repo.resolve("docs").toString());
            assertThat(f.exitCode()).as(format).isEqualTo(66);
            assertThat(f.out()).as(format).contains("gone.md");
        }
    }

    @Test
    void aFileUnderProcNamedDirectlyIsNeverRead() {
        // the guard itself (Repository.unsafeToRead), not the "outside the repository" branch a link would take
        CliRun r = CliRun.of("check", "/proc/self/status");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.out()).contains("a system file (under /proc), which is never read");
    }
}

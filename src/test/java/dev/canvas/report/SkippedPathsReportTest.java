package dev.canvas.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A path a search passed over that may hold a canvas is named in every format, not only in the text report. */
class SkippedPathsReportTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void aFolderLinkedFromOutsideTheRepositoryIsNamedInEveryFormat(ReportFormat format) throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path docs = Files.createDirectories(repo.resolve("docs"));
        Files.copy(Path.of("examples/go.md"), docs.resolve("go.md"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.copy(Path.of("examples/do-not-deploy.md"), outside.resolve("hidden.md"));
        Files.createSymbolicLink(docs.resolve("linked-folder"), outside);

        CliRun r = CliRun.of("check", docs.toString(), "--format", format.id());
        assertThat(r.out()).as(format.id()).contains("linked-folder");
        assertThat(r.out()).as(format.id()).doesNotContain("hidden.md"); // never read
    }
}

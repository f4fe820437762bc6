package dev.canvas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.canvas.CliRun;
import dev.canvas.scaffold.AtomicFileWriter;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where reports go: only regular files are replaced, never half written, never racing, and write errors fail the run. */
class ReportWriteTest {

    private static boolean make(String... cmd) throws Exception {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aFifoADeviceOrADirectoryIsRefusedInOneLineAndLeftAsItWas(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("report.fifo");
        assumeTrue(make("mkfifo", fifo.toString()), "mkfifo");
        Path device = dir.resolve("null-device");
        boolean haveDevice = make("mknod", device.toString(), "c", "1", "3");
        Path sub = Files.createDirectories(dir.resolve("a-directory"));
        Path linkToFifo = dir.resolve("link-to-fifo");
        Files.createSymbolicLink(linkToFifo, fifo);
        List<Path> targets = new ArrayList<>(List.of(fifo, sub, linkToFifo));
        if (haveDevice) {
            targets.add(device);
        }
        for (Path t : targets) {
            for (String[] args : List.of(new String[] {"check", "examples/go.md", "-o", t.toString()},
                    new String[] {"check", "examples/go.md", "--format", "sarif=" + t})) {
                CliRun r = CliRun.of(args);
                assertThat(r.exitCode()).as(t + "\n" + r.err()).isEqualTo(ExitCodes.CANT_CREATE);
                assertThat(r.err().lines()).as(r.err()).hasSize(1);
                assertThat(r.err()).contains(t.toString(), "a report replaces only a regular file");
            }
        }
        assertThat(Files.readAttributes(fifo, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()).isTrue();
        assertThat(Files.isSymbolicLink(linkToFifo)).isTrue();
        assertThat(sub).isDirectory();
        if (haveDevice) {
            assertThat(Files.readAttributes(device, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()).isTrue();
        }
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aSymbolicLinkTheUserNamedIsReplacedAndItsTargetUntouched(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("secret.txt"), "do not overwrite");
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), target);
        CliRun r = CliRun.of("check", "examples/go.md", "--format", "json=" + link);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(link).content().contains("\"verdict\": \"go\"");
        assertThat(target).content().isEqualTo("do not overwrite");
    }

    @Test
    void aWriteThatFailsMidwayLeavesNoTruncatedReportAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        AtomicFileWriter failing = new AtomicFileWriter((out, content) -> {
            out.write(content, 0, content.length / 2);
            throw new IOException("No space left on device");
        });
        Path fresh = dir.resolve("new.sarif");
        assertThatThrownBy(() -> failing.replace(fresh, "x".repeat(10_000))).hasMessageContaining("No space");
        assertThat(fresh).doesNotExist();
        Path old = Files.writeString(dir.resolve("old.sarif"), "the last good report");
        assertThatThrownBy(() -> failing.replace(old, "x".repeat(10_000))).hasMessageContaining("No space");
        assertThat(old).content().isEqualTo("the last good report");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("old.sarif");
        }
    }

    @Test
    void twoRunsWritingTheSameNewReportBothSucceed(@TempDir Path dir) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 15; round++) {
                Path report = dir.resolve("round-" + round + "/canvas.json");
                List<Callable<Integer>> runs = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    runs.add(() -> CliRun.of("check", "examples/go.md", "--format", "json=" + report).exitCode());
                }
                for (Future<Integer> f : pool.invokeAll(runs)) {
                    assertThat(f.get()).isZero();
                }
                assertThat(report).content().contains("\"verdict\": \"go\"");
                try (var s = Files.list(report.getParent())) {
                    assertThat(s).hasSize(1);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWriteErrorOnStandardOutputExits74() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        int code = new Main(new PrintWriter(new java.io.OutputStreamWriter(broken, StandardCharsets.UTF_8)), new PrintWriter(err),
                Map.of(), false).run("check", "examples/go.md");
        assertThat(code).isEqualTo(ExitCodes.IO);
        assertThat(err.toString()).contains("cannot write to standard output");
    }

    @Test
    void devFullExits74(@TempDir Path dir) throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "/dev/full");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check", "examples/go.md")
                .redirectOutput(full).redirectError(dir.resolve("err").toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("err"))).isEqualTo(ExitCodes.IO);
    }
}

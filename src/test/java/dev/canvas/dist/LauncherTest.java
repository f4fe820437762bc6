package dev.canvas.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher (src/main/launcher/canvas) in each place canvas is installed: which Java it runs, and with which
 * class-data archive or ahead-of-time cache. A stand-in {@code java} prints its name and arguments; each runtime has
 * the {@code release} file a real one has, which the launcher reads for the version.
 */
class LauncherTest {

    private static final String JSA_FROM_JAVA17 = "-XX:SharedArchiveFile=";

    @BeforeAll
    static void bash() {
        assumeTrue(new File("/bin/bash").canExecute(), "no bash");
    }

    /**
     * A stand-in Java runtime of that version: bin/java prints "java=HOME" and then its arguments, one a line, and
     * adds them as one line to HOME/calls.
     */
    private static Path runtime(Path home, String version) throws Exception {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path java = bin.resolve("java");
        // like the JVM in dump mode: an -XX:AOTCache= or -XX:ArchiveClassesAtExit= file is written
        Files.writeString(java, """
                #!/bin/bash
                echo "java=%s"
                echo "$*" >>"%s/calls"
                for a in "$@"; do
                  echo "$a"
                  case $a in -XX:ArchiveClassesAtExit=*) echo archive >"${a#*=}" ;; esac
                  case " $* " in *" -XX:AOTMode=create "*) case $a in -XX:AOTCache=*) echo cache >"${a#*=}" ;; esac ;; esac
                  case $a in -XX:AOTConfiguration=*) echo conf >>"${a#*=}" ;; esac
                done
                """.formatted(home, home));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    private static Path launcher(Path dir) throws Exception {
        Files.createDirectories(dir);
        Path l = dir.resolve("canvas");
        Files.copy(Path.of("src/main/launcher/canvas"), l, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(l, PosixFilePermissions.fromString("rwxr-xr-x"));
        return l;
    }

    /** A jar, and beside it the named archive or cache files, made after it (an older one is stale). */
    private static void app(Path dir, String... beside) throws Exception {
        Files.createDirectories(dir);
        Path jar = Files.writeString(dir.resolve("canvas.jar"), "");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        for (String b : beside) {
            Files.writeString(dir.resolve(b), "");
        }
    }

    /** A folder with the commands the launcher needs and no java. */
    private static String pathWithoutJava(Path tmp) throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("tools"));
        for (String tool : List.of("bash", "dirname", "readlink", "rm", "mv")) {
            Path real = Path.of("/usr/bin", tool);
            Files.createSymbolicLink(bin.resolve(tool), Files.exists(real) ? real : Path.of("/bin", tool));
        }
        return bin.toString();
    }

    private record Run(int exit, List<String> lines) {
        String java() {
            return lines.get(0);
        }

        List<String> args() {
            return lines.subList(1, lines.size());
        }
    }

    private static Run run(Path launcher, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("CANVAS_JAVA_OPTS");
        pb.environment().remove("CANVAS_CDS");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out.lines().toList());
    }

    @Test
    void theTarballRunsItsBundledRuntimeWithItsAotCacheWhateverJavaHomeSays(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("canvas-1.0.0");
        Path l = launcher(root.resolve("bin"));
        app(root.resolve("lib/app"), "canvas.aot");
        Path bundled = runtime(root.resolve("lib/runtime"), "25.0.3");
        Path other = runtime(tmp.resolve("jdk17"), "17.0.15");

        Run r = run(l, Map.of("JAVA_HOME", other.toString(), "PATH", pathWithoutJava(tmp)), "--version");
        assertThat(r.exit()).as(r.lines().toString()).isZero();
        assertThat(r.java()).isEqualTo("java=" + bundled.toRealPath());
        assertThat(r.args()).contains("-XX:AOTCache=" + root.toRealPath().resolve("lib/app/canvas.aot"),
                        "-Xlog:aot*=off:stderr")
                .doesNotContain("-Xshare:auto").noneMatch(a -> a.startsWith(JSA_FROM_JAVA17))
                .endsWith("-jar", root.toRealPath().resolve("lib/app/canvas.jar").toString(), "--version");
    }

    @Test
    void installedTheCacheIsUsedWhateverTimesThePackageManagerGaveIt(@TempDir Path tmp) throws Exception {
        Path usr = tmp.resolve("usr");
        Path l = launcher(usr.resolve("bin"));
        app(usr.resolve("lib/canvas/app"));
        runtime(usr.resolve("lib/canvas/runtime"), "25.0.3");
        Path aot = Files.writeString(usr.resolve("lib/canvas/app/canvas.aot"), "");
        Files.setLastModifiedTime(aot, Files.getLastModifiedTime(usr.resolve("lib/canvas/app/canvas.jar")));
        Run r = run(l, Map.of("PATH", pathWithoutJava(tmp)), "--version");
        assertThat(r.args()).contains("-XX:AOTCache=" + aot.toRealPath());
    }

    @Test
    void aSymbolicLinkOnPathFindsTheInstallation(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("opt/canvas-1.0.0");
        Path l = launcher(root.resolve("bin"));
        app(root.resolve("lib/app"), "canvas.aot");
        Path bundled = runtime(root.resolve("lib/runtime"), "25");
        Path link = Files.createDirectories(tmp.resolve("home/.local/bin")).resolve("canvas");
        Files.createSymbolicLink(link, l);

        Run r = run(link, Map.of("PATH", pathWithoutJava(tmp)), "check", "x.md");
        assertThat(r.java()).isEqualTo("java=" + bundled.toRealPath());
        assertThat(r.args()).contains("-XX:AOTCache=" + root.toRealPath().resolve("lib/app/canvas.aot"));
    }

    @Test
    void theDebianPackageLayoutRunsFromUsrBin(@TempDir Path tmp) throws Exception {
        Path usr = tmp.resolve("usr");
        Path l = launcher(usr.resolve("bin"));
        app(usr.resolve("lib/canvas/app"), "canvas.aot");
        Path bundled = runtime(usr.resolve("lib/canvas/runtime"), "25.0.3");

        Run r = run(l, Map.of("PATH", pathWithoutJava(tmp)), "--version");
        assertThat(r.java()).isEqualTo("java=" + bundled.toRealPath());
        assertThat(r.args()).contains("-XX:AOTCache=" + usr.toRealPath().resolve("lib/canvas/app/canvas.aot"))
                .contains(usr.toRealPath().resolve("lib/canvas/app/canvas.jar").toString());
    }

    @Test
    void aBuildRunsJava17WithTheClassDataArchiveAndJava25WithTheAotCache(@TempDir Path tmp) throws Exception {
        Path target = tmp.resolve("target");
        Path l = launcher(target);
        app(target, "canvas.jsa", "canvas.aot");
        Path jdk17 = runtime(tmp.resolve("jdk17"), "17.0.15");
        Path jdk25 = runtime(tmp.resolve("jdk25"), "25.0.3");
        Path jdk24 = runtime(tmp.resolve("jdk24"), "24");

        Run on17 = run(l, Map.of("JAVA_HOME", jdk17.toString()), "--version");
        assertThat(on17.java()).isEqualTo("java=" + jdk17);
        assertThat(on17.args()).contains("-Xshare:auto", JSA_FROM_JAVA17 + target.toRealPath().resolve("canvas.jsa"))
                .noneMatch(a -> a.contains("AOT") || a.contains("aot"));

        Run on25 = run(l, Map.of("JAVA_HOME", jdk25.toString()), "--version");
        assertThat(on25.args()).contains("-XX:AOTCache=" + target.toRealPath().resolve("canvas.aot"), "-Xlog:aot*=off:stderr")
                .doesNotContain("-Xshare:auto").noneMatch(a -> a.startsWith(JSA_FROM_JAVA17));

        // Java 24 has AOT caches but not yet the 'aot' log tag: it would refuse to start with it
        Run on24 = run(l, Map.of("JAVA_HOME", jdk24.toString()), "--version");
        assertThat(on24.args()).contains("-XX:AOTCache=" + target.toRealPath().resolve("canvas.aot"))
                .noneMatch(a -> a.startsWith("-Xlog:aot"));

        // java found on PATH: its runtime is where the link leads
        Path path = Files.createDirectories(tmp.resolve("path"));
        Files.createSymbolicLink(path.resolve("java"), jdk25.resolve("bin/java"));
        Run onPath = run(l, Map.of("PATH", path + File.pathSeparator + pathWithoutJava(tmp)), "--version");
        assertThat(onPath.args()).contains("-XX:AOTCache=" + target.toRealPath().resolve("canvas.aot"));
    }

    @Test
    void aStaleCacheOrAnUnknownRuntimeFallsBackToTheArchive(@TempDir Path tmp) throws Exception {
        Path target = tmp.resolve("target");
        Path l = launcher(target);
        app(target, "canvas.jsa");
        Path aot = Files.writeString(target.resolve("canvas.aot"), "");
        Files.setLastModifiedTime(aot, FileTime.fromMillis(System.currentTimeMillis() - 120_000));
        Path jdk25 = runtime(tmp.resolve("jdk25"), "25.0.3");
        Run stale = run(l, Map.of("JAVA_HOME", jdk25.toString()), "--version");
        assertThat(stale.args()).contains("-Xshare:auto").noneMatch(a -> a.startsWith("-XX:AOTCache"));

        Files.setLastModifiedTime(aot, FileTime.fromMillis(System.currentTimeMillis()));
        Files.delete(jdk25.resolve("release"));
        Run unknown = run(l, Map.of("JAVA_HOME", jdk25.toString()), "--version");
        assertThat(unknown.args()).contains("-Xshare:auto").noneMatch(a -> a.startsWith("-XX:AOTCache"));
    }

    @Test
    void dumpWritesTheCacheOnJava25AndTheArchiveOnJava17(@TempDir Path tmp) throws Exception {
        Path target = tmp.resolve("target");
        Path l = launcher(target);
        app(target);
        Path jdk25 = runtime(tmp.resolve("jdk25"), "25.0.3");
        Run on25 = run(l, Map.of("JAVA_HOME", jdk25.toString(), "CANVAS_CDS", "dump"), "check", "examples/");
        assertThat(on25.exit()).isZero();
        List<String> calls = Files.readAllLines(jdk25.resolve("calls"));
        assertThat(calls).as("record (the command), then create").hasSize(2);
        assertThat(calls.get(0)).contains("-XX:AOTMode=record").endsWith("check examples/");
        assertThat(calls.get(1)).contains("-XX:AOTMode=create").endsWith("canvas.jar");
        assertThat(target.resolve("canvas.aot")).hasContent("cache");
        assertThat(target.resolve("canvas.jsa")).doesNotExist();
        try (var files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("canvas", "canvas.jar", "canvas.aot");
        }

        Path jdk17 = runtime(tmp.resolve("jdk17"), "17.0.15");
        Run on17 = run(l, Map.of("JAVA_HOME", jdk17.toString(), "CANVAS_CDS", "dump"), "check", "examples/");
        assertThat(on17.args()).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=")).contains("-Xshare:auto");
        assertThat(target.resolve("canvas.jsa")).hasContent("archive");
        assertThat(target.resolve("canvas.aot")).as("the other JVM's cache is kept").exists();
    }

    @Test
    void withoutJavaItSaysWhatToInstall(@TempDir Path tmp) throws Exception {
        Path target = tmp.resolve("target");
        Path l = launcher(target);
        app(target, "canvas.jsa");
        Map<String, String> env = new HashMap<>(Map.of("PATH", pathWithoutJava(tmp)));
        Run r = run(l, env, "--version");
        assertThat(r.exit()).isEqualTo(70);
        assertThat(String.join("\n", r.lines())).contains("no Java found", "Java 17 or newer", "README, Install");

        Path empty = Files.createDirectories(tmp.resolve("nothing/bin"));
        Run noJar = run(launcher(empty), env, "--version");
        assertThat(noJar.exit()).isEqualTo(70);
        assertThat(String.join("\n", noJar.lines())).contains("canvas.jar is not beside");
    }
}

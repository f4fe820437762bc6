package dev.canvas.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options the launcher (src/main/launcher/canvas) passes are the ones bench/lib.sh gives the parse floor, and
 * the launcher leaves the compiler threads to the JVM when the user's options need two: read from what the launcher
 * hands to a stand-in {@code java}.
 */
class LauncherOptionsTest {

    @Test
    void theBenchRunsTheFloorWithTheLaunchersOptions(@TempDir Path tmp) throws Exception {
        assumeTrue(new File("/bin/bash").canExecute(), "no bash");
        assertThat(launcherOptions(tmp, "")).containsExactlyInAnyOrderElementsOf(
                run(tmp, Map.of(), "bash", "-c", ". bench/lib.sh && printf '%s\\n' \"${LAUNCHER_JVM_OPTS[@]}\""));
    }

    @Test
    void theUsersCompilerChoiceIsLeftToTheJvm(@TempDir Path tmp) throws Exception {
        assumeTrue(new File("/bin/bash").canExecute(), "no bash");
        assertThat(launcherOptions(tmp, "")).contains("-XX:CICompilerCount=1");
        assertThat(launcherOptions(tmp, "-XX:TieredStopAtLevel=4")).doesNotContain("-XX:CICompilerCount=1")
                .endsWith("-XX:TieredStopAtLevel=4");
        assertThat(launcherOptions(tmp, "-XX:CICompilerCount=3")).doesNotContain("-XX:CICompilerCount=1");
        assertThat(launcherOptions(tmp, "-XX:-TieredCompilation -Xmx1g")).contains("-XX:CICompilerCount=1")
                .endsWith("-XX:-TieredCompilation", "-Xmx1g");
    }

    /** The JVM options (before {@code -jar}) the launcher passes, with CANVAS_JAVA_OPTS set to {@code extra}. */
    private static List<String> launcherOptions(Path tmp, String extra) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("launcher"));
        Path launcher = dir.resolve("canvas");
        Files.copy(Path.of("src/main/launcher/canvas"), launcher, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("canvas.jar"), ""); // only looked for
        Path bin = Files.createDirectories(tmp.resolve("jdk/bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/bash\nprintf '%s\\n' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> args = run(tmp, Map.of("JAVA_HOME", tmp.resolve("jdk").toString(), "CANVAS_JAVA_OPTS", extra,
                "CANVAS_CDS", "off"), "bash", launcher.toString(), "--version");
        return args.subList(0, args.indexOf("-jar"));
    }

    private static List<String> run(Path tmp, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return new ArrayList<>(out.lines().toList());
    }
}

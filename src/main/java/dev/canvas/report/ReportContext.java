package dev.canvas.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a report needs besides the results.
 *
 * @param color       ANSI colours in the text report
 * @param toolVersion canvas's version, for formats that name the tool (SARIF, JUnit)
 * @param workDir     the directory paths are relative to (SARIF's {@code %SRCROOT%})
 */
public record ReportContext(boolean color, String toolVersion, Path workDir) {
    public ReportContext {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(workDir, "workDir");
    }
}

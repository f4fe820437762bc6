package dev.canvas.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a report needs besides the results.
 *
 * @param color       ANSI colours in the text report
 * @param toolVersion canvas's version, for formats that name the tool (SARIF, JUnit)
 * @param workDir     the directory paths are relative to (SARIF's {@code %SRCROOT%})
 * @param exitCode    the exit code of the run, which machine formats carry; negative when unknown
 * @param view        how much the text report shows (the machine formats carry every finding)
 */
public record ReportContext(boolean color, String toolVersion, Path workDir, int exitCode, TextReport.View view) {
    public ReportContext {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(view, "view");
    }

    /** The default view of the text report. */
    public ReportContext(boolean color, String toolVersion, Path workDir, int exitCode) {
        this(color, toolVersion, workDir, exitCode, TextReport.View.DEFAULT);
    }

    /** Without an exit code. */
    public ReportContext(boolean color, String toolVersion, Path workDir) {
        this(color, toolVersion, workDir, -1);
    }

    /** " (exit N)", or nothing when the exit code is unknown: how the human-read formats show it. */
    String exitSuffix() {
        return exitCode < 0 ? "" : " (exit " + exitCode + ")";
    }

    /** The exit code as JSON data: null when unknown. */
    Integer exitCodeOrNull() {
        return exitCode < 0 ? null : exitCode;
    }
}

package dev.canvas.cli;

import dev.canvas.model.Verdict;

/**
 * Every exit code the tool uses. Verdicts are 0-2; anything that stops a check from running is 64 or above
 * (the BSD sysexits values), so a CI step can tell "not ready" from "could not check".
 */
public final class ExitCodes {
    public static final int GO = 0;
    public static final int FIX_GAPS = 1;
    public static final int DO_NOT_DEPLOY = 2;
    /** Bad command line: unknown option, missing argument, bad value. */
    public static final int USAGE = 64;
    /** The template cannot be used (not found, not valid, defines no squares). */
    public static final int TEMPLATE = 65;
    /** A path to check does not exist, or a directory holds no canvas. */
    public static final int NO_INPUT = 66;
    /** A bug in canvas: please report it, with --stacktrace output. */
    public static final int INTERNAL = 70;
    /** An output file exists (pass --force) or cannot be created. */
    public static final int CANT_CREATE = 73;
    /** Reading or writing failed (disk full, permission denied). */
    public static final int IO = 74;
    /** A configuration file (.canvas.yaml, --config) is not valid. */
    public static final int CONFIG = 78;

    private ExitCodes() {
    }

    public static int of(Verdict v) {
        return switch (v) {
            case GO -> GO;
            case FIX_GAPS -> FIX_GAPS;
            case DO_NOT_DEPLOY -> DO_NOT_DEPLOY;
        };
    }
}

package dev.canvas.markdown;

import dev.canvas.text.InputProblem;
import java.util.Optional;

/**
 * Cuts what is too long to be a canvas before it is parsed, keeping line numbers; both cuts are reported. The lines
 * of a run without a blank line after its first {@link #MAX_RUN_LINES} are blanked: {@link LazyBoldLine} cuts a
 * list once per bold line under a box, each time moving the items after it (quadratic in the run's length).
 * Everything after line {@link #MAX_LINES} is dropped: commonmark spends a few microseconds on every block, seconds
 * on a million one-line blocks. Real canvases are far below both limits.
 */
final class LineLimits {

    /** Lines of a document read as Markdown; a canvas has a few hundred. */
    static final int MAX_LINES = 100_000;
    /** Lines without a blank line between them read as Markdown; a canvas's longest runs have a few dozen. */
    static final int MAX_RUN_LINES = 1000;

    private LineLimits() {
    }

    /** Text made ready for the parser: long runs of lines cut (blanked), and the first place that was cut. */
    record Prepared(String text, Optional<InputProblem> problem) {
    }

    /**
     * Blanks the lines of each run of non-blank lines after its first {@link #MAX_RUN_LINES}, keeping every line
     * break so that line numbers do not move, and drops what follows line {@link #MAX_LINES}. Linear; returns
     * {@code text} itself when nothing is cut.
     */
    static Prepared prepare(String text) {
        return prepare(text, -1);
    }

    /**
     * {@link #prepare(String)} of a text of {@code lineBreaks} line-break characters ('\n' and '\r'), counted by
     * the caller, or -1 when not counted.
     */
    static Prepared prepare(String text, int lineBreaks) {
        if (lineBreaks >= 0 ? lineBreaks < MAX_RUN_LINES : fewLines(text)) {
            return new Prepared(text, Optional.empty());
        }
        StringBuilder out = null;
        Optional<InputProblem> problem = Optional.empty();
        int run = 0;
        int line = 1;
        int copied = 0;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            if (line > MAX_LINES && start < n) {
                if (out == null) {
                    out = new StringBuilder(start);
                }
                out.append(text, copied, start);
                InputProblem tooLong = new InputProblem(line, "the file has more than " + MAX_LINES
                        + " lines; from here on it was not read (a canvas has a few hundred)", "check that this is the right file");
                return new Prepared(out.toString(), problem.isPresent() ? problem : Optional.of(tooLong));
            }
            // a line ends at \n, \r or \r\n, as commonmark reads it
            int end = start;
            boolean blank = true;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                char c = text.charAt(end);
                blank &= c == ' ' || c == '\t';
                end++;
            }
            run = blank ? 0 : run + 1;
            if (run > MAX_RUN_LINES) {
                if (out == null) {
                    out = new StringBuilder(n);
                    problem = Optional.of(new InputProblem(line, "more than " + MAX_RUN_LINES
                            + " lines without a blank line; from here to the next blank line the text was not read",
                            "split it with blank lines"));
                }
                out.append(text, copied, start); // the line's content is dropped, its line break kept
                copied = end;
            }
            start = end < n - 1 && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
            line++;
        }
        if (out == null) {
            return new Prepared(text, problem);
        }
        out.append(text, copied, n);
        return new Prepared(out.toString(), problem);
    }

    /**
     * Whether {@code text} has at most {@link #MAX_RUN_LINES} lines (and so nothing {@link #prepare} would cut),
     * counted by line-break characters: a canvas's few hundred lines are then not scanned character by character.
     */
    private static boolean fewLines(String text) {
        int breaks = 0;
        for (int i = text.indexOf('\n'); i >= 0 && breaks < MAX_RUN_LINES; i = text.indexOf('\n', i + 1)) {
            breaks++;
        }
        for (int i = text.indexOf('\r'); i >= 0 && breaks < MAX_RUN_LINES; i = text.indexOf('\r', i + 1)) {
            breaks++;
        }
        return breaks < MAX_RUN_LINES; // at most one line more than line breaks
    }
}

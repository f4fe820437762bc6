package dev.canvas.parse;

import dev.canvas.text.Mojibake;
import java.util.Arrays;

/**
 * What one pass over a canvas's text finds: whether it is plain (no '\r', nothing {@link Mojibake#repair} would
 * look at, no "[[" that could open guidance), and where its '\n's are. Read in chunks copied to an array, which
 * C1-compiled code reads much faster than a string of non-Latin-1 text char by char. Stops at the first thing
 * that makes the text not plain.
 */
record TextScan(boolean plain, int[] newlines, int count) {

    private static final int CHUNK = 2048;

    static TextScan of(String text) {
        int n = text.length();
        char[] chunk = new char[Math.min(n, CHUNK)];
        int[] newlines = new int[Math.max(16, n / 32)];
        int count = 0;
        char prev = 0;
        for (int from = 0; from < n; from += CHUNK) {
            int len = Math.min(CHUNK, n - from);
            text.getChars(from, from + len, chunk, 0);
            for (int i = 0; i < len; i++) {
                char c = chunk[i];
                if (c == '\n') {
                    if (count == newlines.length) {
                        newlines = Arrays.copyOf(newlines, 2 * count);
                    }
                    newlines[count++] = from + i;
                } else if (c == '\r' || c == '[' && prev == '[' || Mojibake.suspiciousPair(prev, c)) {
                    return new TextScan(false, null, 0);
                }
                prev = c;
            }
        }
        return new TextScan(true, newlines, count);
    }

    /**
     * Where the lines of the body start ({@link #lineStarts(String)} of it): {@code blankLines} empty lines, then
     * the text from {@code from} (a '\n' or its end), body index i being text index {@code i + shift}.
     */
    int[] lineStarts(int blankLines, int from, int shift) {
        int first = 0;
        while (first < count && newlines[first] < from) {
            first++;
        }
        int[] starts = new int[blankLines + 1 + count - first];
        for (int l = 0; l <= blankLines; l++) {
            starts[l] = l;
        }
        for (int k = first; k < count; k++) {
            starts[blankLines + 1 + k - first] = newlines[k] - shift + 1;
        }
        return starts;
    }

    /**
     * Where each line of {@code t} starts (the first at 0): lines end at "\n" or "\r\n", as commonmark reads them
     * once a lone '\r' is made a '\n'; a text ending in a line break ends with an empty line.
     */
    static int[] lineStarts(String t) {
        int[] starts = new int[Math.max(16, t.length() / 32)];
        int count = 1; // starts[0] = 0
        for (int nl = t.indexOf('\n'); nl >= 0; nl = t.indexOf('\n', nl + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, 2 * count);
            }
            starts[count++] = nl + 1;
        }
        return count == starts.length ? starts : Arrays.copyOf(starts, count);
    }
}

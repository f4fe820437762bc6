package dev.canvas.markdown;

import dev.canvas.text.Chars;

/**
 * Blanks the {@code [[LLM: ...]]} guidance that templates leave for the writer, before a canvas is parsed: it is
 * no part of the canvas's answers. Line breaks are kept, so that line numbers do not move.
 */
public final class LlmGuidance {

    private LlmGuidance() {
    }

    /**
     * {@code raw} with every {@code [[LLM: ...]]} block blanked (each character but a line break made a space), or
     * {@code raw} itself when it has none. Linear in the length of {@code raw}: an unclosed block ends the search (no
     * later one can close either).
     */
    public static String blank(String raw) {
        StringBuilder out = null;
        int last = 0;
        int from = 0;
        while (true) {
            int open = raw.indexOf("[[", from);
            if (open < 0) {
                break;
            }
            int body = bodyStart(raw, open + 2);
            if (body < 0) {
                from = open + 1;
                continue;
            }
            int close = raw.indexOf("]]", body);
            if (close < 0) {
                break;
            }
            int end = close + 2;
            if (out == null) {
                out = new StringBuilder(raw.length());
            }
            out.append(raw, last, open);
            for (int i = open; i < end; i++) {
                char c = raw.charAt(i);
                out.append(c == '\n' ? '\n' : c == '\r' ? '\r' : ' ');
            }
            last = end;
            from = end;
        }
        if (out == null) {
            return raw;
        }
        out.append(raw, last, raw.length());
        return out.toString();
    }

    /** After "[[": optional spaces, "LLM", optional spaces, ":"; returns the index after the colon, or -1. */
    private static int bodyStart(String raw, int i) {
        while (i < raw.length() && Chars.isRegexSpace(raw.charAt(i))) {
            i++;
        }
        if (!raw.startsWith("LLM", i)) {
            return -1;
        }
        i += 3;
        while (i < raw.length() && Chars.isRegexSpace(raw.charAt(i))) {
            i++;
        }
        return i < raw.length() && raw.charAt(i) == ':' ? i + 1 : -1;
    }
}

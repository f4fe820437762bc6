package dev.canvas.text;

/**
 * Text a pull request writes (canvas text, file names, configuration keys) made safe to print where a CI log or
 * a terminal reads it. Every renderer and every message on standard error passes each such string through
 * {@link #printable}; JSON keeps the data and uses {@link #mustEscapeQuoted} with its own {@code \\u} escapes.
 *
 * <p>What it guards against: control characters (ESC and OSC sequences rewrite a terminal; CR and LF inside a
 * value start a new line a CI runner reads as a command), Unicode line and paragraph separators, bidirectional
 * overrides, lone surrogates, and the forms of workflow command of GitHub Actions and Azure Pipelines: a line
 * whose trimmed start is {@code ::}, and {@code ##[} or {@code ##vso[} anywhere in a line. Such characters are shown as visible
 * escapes ({@code \u001b}), never passed through.
 *
 * <p>The guarantee for commands: a value never contains {@code ##[} or {@code ##vso[} and never ends with {@code #} (so neither it
 * nor the next value can complete one: the fixed text of the reports never ends with {@code #} nor starts with
 * {@code [} after one), and never starts, after blanks, with {@code :}. As a value holds no line break, it cannot
 * begin a line with {@code ::} either.
 */
public final class Untrusted {

    private Untrusted() {
    }

    /** {@code s} on one line, every character a log or terminal could act on shown as a {@code \\uXXXX} escape. */
    public static String printable(String s) {
        if (s == null) {
            return "null";
        }
        int n = s.length();
        if (isPlain(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n + 16);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (mustEscape(s, i)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * {@code s} with only its control, separator and bidirectional characters and lone surrogates escaped, for a
     * place whose own syntax already keeps commands out but that must name a file exactly (the {@code file=} of a
     * GitHub annotation, whose line is a command of canvas's).
     */
    public static String controlsVisible(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (control(c) || Character.isSurrogate(c) && !pairedSurrogate(s, i)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean control(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029 || c == 0xFEFF
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    /** Nothing in it to escape: the common case, answered without building a new string. */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (mustEscape(s, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the character at {@code i} of {@code s} must not reach a log or terminal as it is: a control or
     * separator character, a lone surrogate, a bidirectional control, the {@code [} of {@code ##[}, a {@code #} that
     * ends the value, or a {@code :} that the value starts with (after blanks).
     */
    public static boolean mustEscape(String s, int i) {
        if (mustEscapeQuoted(s, i)) {
            return true;
        }
        char c = s.charAt(i);
        if (c == '#') {
            return i == s.length() - 1;
        }
        if (c == ':') {
            for (int j = 0; j < i; j++) {
                if (!blank(s.charAt(j))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Whether the character at {@code i} must be escaped where the value sits between quotes that no value can
     * open or close (a JSON string): a control or separator character, a lone surrogate, a bidirectional control,
     * or the {@code [} of {@code ##[} or {@code ##vso[}.
     */
    public static boolean mustEscapeQuoted(String s, int i) {
        char c = s.charAt(i);
        if (control(c)) {
            return true;
        }
        if (Character.isSurrogate(c)) {
            return !pairedSurrogate(s, i);
        }
        if (c == '[') {
            return i >= 2 && s.charAt(i - 1) == '#' && s.charAt(i - 2) == '#'
                    || i >= 5 && s.regionMatches(true, i - 5, "##vso", 0, 5); // Azure Pipelines' ##vso[task...]
        }
        return false;
    }

    /** Trimmed as the Actions runner trims a line (.NET's white space, wider than Java's). */
    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean pairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}

package dev.canvas.text;

/** Character classes of {@code java.util.regex} (without UNICODE_CHARACTER_CLASS), tested without a matcher. */
public final class Chars {

    private Chars() {
    }

    /** {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code \w}: {@code [A-Za-z0-9_]}. */
    public static boolean isRegexWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}

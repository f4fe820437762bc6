package dev.canvas.text;

import java.util.regex.Pattern;

/**
 * User text as quoted in a one-line message: line breaks and tabs become spaces, and anything past
 * {@value #MAX_CHARS} characters is cut, with an ellipsis. A 1 MB checklist item or YAML key must not make a
 * 1 MB finding, nor a finding that spans lines.
 */
public final class Excerpt {

    /** Longest user text quoted in a message, in chars. */
    public static final int MAX_CHARS = 120;
    private static final Pattern BREAKS = Pattern.compile("[\\r\\n\\t\\u2028\\u2029]+");

    private Excerpt() {
    }

    /** {@code text} shortened for a message (never null; "" stays ""). */
    public static String of(String text) {
        boolean cut = text.length() > MAX_CHARS;
        int end = cut && Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        String s = BREAKS.matcher(cut ? text.substring(0, end) : text).replaceAll(" ");
        return cut ? s + "\u2026" : s;
    }
}

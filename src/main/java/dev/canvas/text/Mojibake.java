package dev.canvas.text;

import java.nio.charset.Charset;

/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 ({@code âœ…} back to ✅, {@code ðŸš¨} to 🚨).
 * Canvases reach us like that; repairing keeps item text matchable and output readable.
 *
 * <p>Only runs that start with a UTF-8 lead byte and decode to at least one multi-byte character are
 * replaced, so real Latin-1 text ("café") is left alone. A sequence cut short at the end of a run (a byte
 * Windows-1252 cannot show was lost on the way) is dropped. Linear in the length of the text: each character
 * is looked at a bounded number of times, whatever the input.
 */
public final class Mojibake {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    /** The Windows-1252 byte of each character that has one (0x80..0xFF), else -1; indexed by char. */
    private static final short[] BYTE_OF = new short[0x10000];

    static {
        java.util.Arrays.fill(BYTE_OF, (short) -1);
        for (int b = 0x80; b <= 0xFF; b++) {
            String s = new String(new byte[] {(byte) b}, CP1252);
            char c = s.charAt(0);
            if (s.length() == 1 && c != '\uFFFD') {
                BYTE_OF[c] = (short) b;
            }
        }
    }

    private Mojibake() {
    }

    /** The text with mojibake runs repaired; the same instance when there is nothing to repair. */
    public static String repair(String text) {
        if (!suspicious(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isLead(c)) {
                int end = repairRun(text, i, out);
                if (end > i) {
                    i = end;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /**
     * Whether a lead character is followed by a non-ASCII one somewhere. A long text is read in chunks copied to an
     * array: a string of non-Latin-1 text is read much faster so than char by char, when the JIT is C1.
     */
    static boolean suspicious(String text) {
        int n = text.length();
        if (n < CHUNK / 8) {
            for (int i = 0; i < n - 1; i++) {
                if (isLead(text.charAt(i)) && text.charAt(i + 1) >= 0x80) {
                    return true;
                }
            }
            return false;
        }
        char[] chunk = new char[Math.min(n, CHUNK)];
        boolean leadBefore = false; // the last character of the previous chunk is a lead
        for (int from = 0; from < n; from += CHUNK) {
            int len = Math.min(CHUNK, n - from);
            text.getChars(from, from + len, chunk, 0);
            if (leadBefore && chunk[0] >= 0x80) {
                return true;
            }
            for (int i = 0; i < len - 1; i++) {
                if (isLead(chunk[i]) && chunk[i + 1] >= 0x80) {
                    return true;
                }
            }
            leadBefore = isLead(chunk[len - 1]);
        }
        return false;
    }

    private static final int CHUNK = 2048;

    /**
     * Whether {@code c} followed by {@code next} is where {@link #repair} may have something to do: a text without
     * such a pair is returned as it is.
     */
    public static boolean suspiciousPair(char c, char next) {
        return isLead(c) && next >= 0x80;
    }

    /** Â..ô: Windows-1252 renderings of UTF-8 lead bytes 0xC2..0xF4. */
    private static boolean isLead(char c) {
        return c >= 0xC2 && c <= 0xF4;
    }

    /**
     * Decodes the whole UTF-8 sequences that start at {@code from} and appends them to {@code out}; returns
     * where reading stopped, or {@code from} (and appends nothing) when not even one sequence decodes.
     */
    private static int repairRun(String text, int from, StringBuilder out) {
        int start = out.length();
        int j = from;
        while (j < text.length()) {
            int b0 = byteOf(text.charAt(j));
            int len = b0 >= 0xC2 && b0 <= 0xDF ? 2 : b0 >= 0xE0 && b0 <= 0xEF ? 3 : b0 >= 0xF0 && b0 <= 0xF4 ? 4 : -1;
            if (len < 0) {
                break;
            }
            int k = 1;
            int cp = b0 & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
            while (k < len && j + k < text.length()) {
                int b = byteOf(text.charAt(j + k));
                if (b < 0x80 || b > 0xBF) {
                    break;
                }
                cp = cp << 6 | b & 0x3F;
                k++;
            }
            if (k < len) {
                // cut short: dropped when a byte was lost at the end of a run, after something was repaired
                boolean runEnds = j + k == text.length() || byteOf(text.charAt(j + k)) < 0;
                if (out.length() > start && runEnds) {
                    j += k;
                }
                break;
            }
            boolean valid = len == 2 || len == 3 && cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)
                    || len == 4 && cp >= 0x10000 && cp <= 0x10FFFF;
            if (!valid) {
                break;
            }
            out.appendCodePoint(cp);
            j += len;
        }
        return out.length() > start ? j : from;
    }

    /** The Windows-1252 byte a character stands for (0x80..0xFF), or -1 for ASCII and characters it lacks. */
    private static int byteOf(char c) {
        return BYTE_OF[c];
    }
}

package dev.canvas.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 ({@code âœ…} back to ✅, {@code ðŸš¨} to 🚨).
 * Canvases reach us like that; repairing keeps item text matchable and output readable.
 *
 * <p>Only runs that start with a UTF-8 lead byte and decode to at least one multi-byte character are
 * replaced, so real Latin-1 text ("café") is left alone. A sequence cut short at the end of a run (a byte
 * Windows-1252 cannot show was lost on the way) is dropped.
 */
public final class Mojibake {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    private Mojibake() {
    }

    /** The text with mojibake runs repaired; the same instance when there is nothing to repair. */
    public static String repair(String text) {
        if (!suspicious(text)) {
            return text;
        }
        CharsetEncoder enc = CP1252.newEncoder();
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isLead(c)) {
                int end = i + 1;
                while (end < text.length() && c > 0 && isMojibakeChar(text.charAt(end), enc)) {
                    end++;
                }
                String fixed = decode(text.substring(i, end), enc);
                if (fixed != null) {
                    out.append(fixed);
                    i = end;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean suspicious(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            if (isLead(text.charAt(i)) && text.charAt(i + 1) >= 0x80) {
                return true;
            }
        }
        return false;
    }

    /** Â..ô: Windows-1252 renderings of UTF-8 lead bytes 0xC2..0xF4. */
    private static boolean isLead(char c) {
        return c >= 0xC2 && c <= 0xF4;
    }

    private static boolean isMojibakeChar(char c, CharsetEncoder enc) {
        return c >= 0x80 && c != 0xFFFD && enc.canEncode(c);
    }

    private static String decode(String run, CharsetEncoder enc) {
        byte[] bytes;
        try {
            ByteBuffer bb = enc.reset().encode(CharBuffer.wrap(run));
            bytes = new byte[bb.remaining()];
            bb.get(bytes);
        } catch (CharacterCodingException e) {
            return null;
        }
        // drop a trailing sequence cut short, then require the rest to be valid UTF-8
        int end = completeLength(bytes);
        if (end == 0) {
            return null;
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String s = dec.decode(ByteBuffer.wrap(bytes, 0, end)).toString();
            return s.codePoints().anyMatch(cp -> cp >= 0x80) ? s : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Length of the prefix made of whole UTF-8 sequences (the last, incomplete one cut off). */
    private static int completeLength(byte[] b) {
        int i = 0;
        int lastWhole = 0;
        while (i < b.length) {
            int lead = b[i] & 0xFF;
            int len = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : -1;
            if (len < 0) {
                return lastWhole;
            }
            if (i + len > b.length) {
                return lastWhole;
            }
            i += len;
            lastWhole = i;
        }
        return lastWhole;
    }
}

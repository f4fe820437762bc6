package dev.canvas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void layoutIsTwoSpacesKeyColonValueAndEmptyBrackets() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", 1);
        m.put("b", List.of(1L, "x", List.of()));
        m.put("c", new LinkedHashMap<>());
        m.put("d", new ArrayList<>());
        m.put("e", null);
        m.put("f", true);
        m.put("g", new BigDecimal("1E+3"));
        m.put("h", 1.50);
        m.put("i", Double.NaN);
        m.put("j", Map.of("k", Map.of()));
        assertThat(Json.writeData(m)).isEqualTo("""
                {
                  "a": 1,
                  "b": [
                    1,
                    "x",
                    []
                  ],
                  "c": {},
                  "d": [],
                  "e": null,
                  "f": true,
                  "g": 1000,
                  "h": 1.5,
                  "i": null,
                  "j": {
                    "k": {}
                  }
                }
                """);
        assertThat(Json.writeData(List.of())).isEqualTo("[]\n");
    }

    @Test
    void escapesAsTheSpecSays() {
        assertThat(Json.writeData(List.of("a\"b\\c\nd\re\tf\bg\fh\u0000i\u001bj\u007fk/l"))).isEqualTo(
                "[\n  \"a\\\"b\\\\c\\nd\\re\\tf\\u0008g\\u000ch\\u0000i\\u001bj\\u007fk/l\"\n]\n");
        assertThat(Json.writeData(List.of("\u0085\u2028\u2029\u202e\u2066\ufeff\u200e\u061c é\ufffd\ud83d\ude00")))
                .isEqualTo("[\n  \"\\u0085\\u2028\\u2029\\u202e\\u2066\\ufeff\\u200e\\u061c é\ufffd\ud83d\ude00\"\n]\n");
        assertThat(Json.writeData(List.of("x\ud800y\udc00 ##[error]z ##VsO[t] #[ ##\\[ ")))
                .isEqualTo("[\n  \"x\\ufffdy\\ufffd ##\\u005berror]z ##VsO\\u005bt] #[ ##\\\\[ \"\n]\n");
        assertThat(Json.writeData(List.of("\ud800", "\udc00##", "[", "a\ud83d"))).isEqualTo(
                "[\n  \"\\ufffd\",\n  \"\\ufffd##\",\n  \"[\",\n  \"a\\ufffd\"\n]\n");
    }

    /** Random strings of the characters that matter: each written as {@link #quote} (the rule) says, as key and value. */
    @Test
    void randomStringsAreWrittenAsTheRuleSays() {
        char[] alphabet = ("a#[vVsSoO\u017f:\"\\\n\r\t\b\f\u0000\u001b\u007f\u0085\u009f\u00a0\u2028\u202e\u2067\ufeff\ufffd"
                + "\ud800\udc00\ud83d\ude00\u00e9/<").toCharArray();
        Random random = new Random(16);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(12);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = sb.toString();
            assertThat(Json.writeData(List.of(s))).as(s).isEqualTo("[\n  " + quote(s) + "\n]\n");
            assertThat(Json.writeData(Map.of(s, s))).as(s).isEqualTo("{\n  " + quote(s) + ": " + quote(s) + "\n}\n");
        }
    }

    /**
     * The rule, character by character: JSON's own escapes for quote, backslash, line feed, carriage return and tab;
     * a lone surrogate as the replacement character's escape; what {@link Untrusted#mustEscapeQuoted} names as a
     * {@code \\u} escape; anything else as it is.
     */
    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isSurrogate(c) && !Untrusted.pairedSurrogate(s, i)) {
                        sb.append("\\ufffd");
                    } else if (Untrusted.mustEscapeQuoted(s, i)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}

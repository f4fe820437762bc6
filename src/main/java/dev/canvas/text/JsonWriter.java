package dev.canvas.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes plain data ({@code Map} with string keys, {@code List}, {@code String}, {@code Number},
 * {@code Boolean}, {@code null}) as JSON, keys in map order, indented by two spaces. Used for every JSON the
 * tool prints, so that output is stable and needs no JSON library.
 */
public final class JsonWriter {

    private JsonWriter() {
    }

    /** An ordered map from alternating keys and values: {@code map("id", 1, "name", "x")}. */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb, 0);
        return sb.append('\n').toString();
    }

    private static void write(Object v, StringBuilder sb, int indent) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            quote(s, sb);
        } else if (v instanceof Boolean b) {
            sb.append(b);
        } else if (v instanceof BigDecimal d) {
            sb.append(d.toPlainString());
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            sb.append(Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : "null");
        } else if (v instanceof Number n) {
            sb.append(n);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "\n" : ",\n");
                first = false;
                pad(sb, indent + 1);
                quote(String.valueOf(e.getKey()), sb);
                sb.append(": ");
                write(e.getValue(), sb, indent + 1);
            }
            sb.append('\n');
            pad(sb, indent);
            sb.append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append('[');
            boolean first = true;
            for (Object o : l) {
                sb.append(first ? "\n" : ",\n");
                first = false;
                pad(sb, indent + 1);
                write(o, sb, indent + 1);
            }
            sb.append('\n');
            pad(sb, indent);
            sb.append(']');
        } else {
            throw new IllegalArgumentException("not JSON data: " + v.getClass().getName());
        }
    }

    private static void pad(StringBuilder sb, int indent) {
        sb.append("  ".repeat(indent));
    }

    /**
     * Appends {@code s} as a JSON string literal: control characters and whatever {@link Untrusted#mustEscapeQuoted}
     * names (workflow commands, bidirectional controls) as {@code \\u} escapes, so printing the JSON in a log
     * does nothing; a lone surrogate becomes U+FFFD.
     */
    public static void quote(String s, StringBuilder sb) {
        sb.append('"');
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
                        sb.append("\\ufffd"); // a lone surrogate is no character: JSON readers reject or mangle it
                    } else if (Untrusted.mustEscapeQuoted(s, i)) {
                        // escaped the JSON way, so the data is kept while the bytes stay inert in a log
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}

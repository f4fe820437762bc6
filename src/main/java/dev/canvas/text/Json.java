package dev.canvas.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Every JSON the tool prints, written with jackson-core's streaming {@link JsonGenerator}: keys in the order
 * written, two-space indentation, {@code "key": value}, {@code {}} and {@code []} when empty, a line break at the
 * end.
 *
 * <p>Strings keep their data while the bytes stay inert in a CI log (see {@link Untrusted}): control, separator
 * and bidirectional characters are {@code \\u} escapes ({@link Escapes}); whatever the generator writes then
 * passes a filter ({@link Inert}) that turns a lone surrogate into {@code \\ufffd} (it is no character: JSON
 * readers reject or mangle it) and the {@code [} of {@code ##[} or {@code ##vso[} into {@code \\u005b} (these need
 * the characters around them, which an escape table does not see). Outside strings a JSON document holds none of
 * these, so the filter changes nothing else.
 */
public final class Json {

    /** What writes a document's one top-level value. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final Escapes ESCAPES = new Escapes();

    private Json() {
    }

    /** The document {@code body} writes, indented, with a line break at the end. */
    public static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(new Inert(out))) {
            g.setCharacterEscapes(ESCAPES);
            g.setPrettyPrinter(layout());
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.append('\n').toString();
    }

    /** Plain data ({@code Map} with string keys, {@code List}, {@code String}, {@code Number}, {@code Boolean}, {@code null}). */
    public static String writeData(Object data) {
        return write(g -> data(g, data));
    }

    /** Writes plain data as one value: maps in their order. */
    public static void data(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isFinite(d)) {
                g.writeNumber(BigDecimal.valueOf(d).stripTrailingZeros());
            } else {
                g.writeNull();
            }
        } else if (v instanceof Number n) {
            g.writeNumber(n.toString());
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                data(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                data(g, o);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("not JSON data: " + v.getClass().getName());
        }
    }

    /** One per document: a pretty printer counts the nesting of the document it writes. */
    private static DefaultPrettyPrinter layout() {
        Separators separators = Separators.createDefaultInstance()
                .withRootSeparator("")
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /**
     * The escapes that need no context: control characters as {@code \\u} escapes (but {@code \\n}, {@code \\r},
     * {@code \\t}), and every other character {@link Untrusted} holds a terminal or a log could act on.
     */
    static final class Escapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        Escapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii['\b'] = ESCAPE_STANDARD;
            ascii['\f'] = ESCAPE_STANDARD;
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return Untrusted.control((char) ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    /**
     * What the generator writes, with a lone surrogate as {@code \\ufffd} and the {@code [} of {@code ##[} or
     * {@code ##vso[} (any case) as {@code \\u005b}. A JSON document has these only inside strings, where both
     * escapes mean the same data. Holds back a high surrogate until it sees what follows it.
     */
    static final class Inert extends Writer {
        private final Writer out;
        /** The last five characters written (as written, before this filter), the latest last. */
        private final char[] recent = new char[5];
        private char high;

        Inert(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            int from = off;
            int end = off + len;
            for (int i = off; i < end; i++) {
                char c = buf[i];
                String escape = null;
                if (high != 0) {
                    out.write(buf, from, i - from); // nothing: the high surrogate was the character before
                    from = i;
                    if (Character.isLowSurrogate(c)) {
                        out.write(high);
                        high = 0;
                        remember(c);
                        from = i + 1;
                        out.write(c);
                        continue;
                    }
                    out.write("\\ufffd");
                    high = 0;
                }
                if (Character.isHighSurrogate(c)) {
                    out.write(buf, from, i - from);
                    high = c;
                    remember(c);
                    from = i + 1;
                    continue;
                }
                if (Character.isLowSurrogate(c)) {
                    escape = "\\ufffd";
                } else if (c == '[' && commandOpens()) {
                    escape = "\\u005b";
                }
                remember(c);
                if (escape != null) {
                    out.write(buf, from, i - from);
                    out.write(escape);
                    from = i + 1;
                }
            }
            out.write(buf, from, end - from);
        }

        private boolean commandOpens() {
            // as Untrusted#mustEscapeQuoted compares: String#regionMatches ignoring case
            return recent[4] == '#' && recent[3] == '#' || new String(recent).regionMatches(true, 0, "##vso", 0, 5);
        }

        private void remember(char c) {
            System.arraycopy(recent, 1, recent, 0, 4);
            recent[4] = c;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (high != 0) {
                out.write("\\ufffd");
                high = 0;
            }
            out.close();
        }
    }
}

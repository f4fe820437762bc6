package dev.canvas.parse.fast;

import dev.canvas.model.Location;
import dev.canvas.parse.DataTree;
import dev.canvas.parse.YamlTreeReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the plain YAML that canvases are written in straight into a {@link DataTree}: the same data and the same
 * locations as {@link YamlTreeReader} makes with snakeyaml (a differential test and a fuzz test hold the two to
 * that), in one pass over the text and a small fraction of snakeyaml's time. snakeyaml is a complete YAML
 * processor, and a canvas uses little of YAML; reading a canvas with it was most of a check's time.
 *
 * <p>The subset read here: block mappings and block sequences indented with spaces; keys on one line, plain or
 * quoted; values that are plain scalars on one line, single- or double-quoted scalars on one line (with YAML's
 * escapes), literal and folded block scalars (with or without a chomping indicator), or one-line flow mappings and flow
 * sequences of such scalars; comments; LF or CRLF line breaks. Plain scalars are typed by snakeyaml's own
 * {@link Resolver} (YAML 1.1: {@code yes} is true, {@code 2026-11-16} is text), so types agree too.
 *
 * <p>Anything else gives up ({@link #read} is empty) and the text goes to snakeyaml, which reads all of YAML and
 * says what is wrong: anchors, aliases, tags, directives, document markers, multi-line plain or quoted scalars,
 * unknown escapes, tabs, other control characters, complex keys, indentation indicators, and anything that would be a
 * finding (a syntax error, a duplicate key, a key over {@link YamlTreeReader#MAX_KEY} characters) or a limit.
 * Giving up costs the time spent until then: a canvas outside the subset is read as before.
 */
public final class PlainYamlReader {

    /** Nesting read here; deeper documents go to snakeyaml (and its limits). A canvas has three levels. */
    private static final int MAX_DEPTH = 16;
    /** snakeyaml's resolver, as YamlTreeReader's composer uses it: read-only once built, so shared. */
    private static final Resolver RESOLVER = new Resolver();

    /** Thrown to give up: control flow within this class, no stack trace. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    private final String t;
    /** The text's characters: indexing an array is cheaper than {@code String.charAt} on a UTF-16 string. */
    private final char[] b;
    private final String file;
    private final int lineOffset;
    /** Where each line starts, and ends (before its line break), in chars. */
    private int[] starts;
    private int[] ends;
    private int lines;
    /** Whether the last line ends with a line break. */
    private boolean finalBreak;
    /** Whether the text has characters outside the BMP: columns are then counted in code points, as snakeyaml does. */
    private boolean surrogates;
    private int values;
    /** The line to go on from once a value has been read. */
    private int next;
    /** Where the text of the last scalar read starts (a block scalar's: the line after its indicator). */
    private Location textAt;

    private PlainYamlReader(String text, String file, int lineOffset) {
        this.t = text;
        this.b = text.toCharArray();
        int lines = text.length() / 32 + 16; // a canvas's lines are some 50 characters long: rarely grown
        this.starts = new int[lines];
        this.ends = new int[lines];
        this.file = file;
        this.lineOffset = lineOffset;
    }

    /**
     * The tree of {@code text}, or empty when it is not in the subset (then snakeyaml must read it);
     * {@code lineOffset} lines of the file come before the text (front matter).
     */
    public static Optional<DataTree> read(String file, String text, int lineOffset) {
        PlainYamlReader r = new PlainYamlReader(text, file, lineOffset);
        try {
            return Optional.of(r.document());
        } catch (GiveUp e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            // not expected; whatever it is, snakeyaml reads the text and reports what it finds
            return Optional.empty();
        }
    }

    private DataTree document() {
        scanLines();
        int first = skipBlank(0);
        if (first >= lines) {
            throw GIVE_UP; // empty or comments only: snakeyaml says what that is
        }
        int col = indent(first);
        Object root;
        if (isEntry(first, col)) {
            root = sequence(first, col, 1);
        } else {
            root = mapping(first, starts[first] + col, col, 1);
        }
        if (skipBlank(next) < lines) {
            throw GIVE_UP; // something after the root value, less indented: an error for snakeyaml to report
        }
        return new DataTree(root, at(first, starts[first] + col));
    }

    /** One pass over the text: the lines, and giving up on what the subset leaves out. */
    private void scanLines() {
        int n = b.length;
        int lineStart = 0;
        for (int i = 0; i < n; i++) {
            char c = b[i];
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (c == '\n') {
                addLine(lineStart, i > lineStart && b[i - 1] == '\r' ? i - 1 : i);
                lineStart = i + 1;
            } else if (c == '\r') {
                if (i + 1 >= n || b[i + 1] != '\n') {
                    throw GIVE_UP; // a lone CR is a line break to YAML: left to snakeyaml
                }
            } else if (c <= 0x9F || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') {
                throw GIVE_UP; // tabs, control characters, NEL, line and paragraph separators, BOM, non-characters
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(b[i + 1])) {
                    surrogates = true;
                    i++;
                } else {
                    throw GIVE_UP; // a lone surrogate: snakeyaml refuses it, at its place
                }
            }
        }
        if (lineStart < n) {
            addLine(lineStart, n);
        } else {
            finalBreak = lines > 0;
        }
        for (int l = 0; l < lines; l++) {
            int s = starts[l];
            int e = ends[l];
            if (e > s && (b[s] == '%' || e - s >= 3 && (t.startsWith("---", s) || t.startsWith("...", s))
                    && (e - s == 3 || b[s + 3] == ' '))) {
                throw GIVE_UP; // a directive or a document marker
            }
        }
    }

    private void addLine(int start, int end) {
        if (lines == starts.length) {
            starts = java.util.Arrays.copyOf(starts, lines * 2);
            ends = java.util.Arrays.copyOf(ends, lines * 2);
        }
        starts[lines] = start;
        ends[lines] = end;
        lines++;
    }

    private int indent(int line) {
        int i = starts[line];
        int e = ends[line];
        while (i < e && b[i] == ' ') {
            i++;
        }
        return i - starts[line];
    }

    /** Whether a line holds nothing but spaces. */
    private boolean isEmpty(int line) {
        return starts[line] + indent(line) == ends[line];
    }

    /** The first line from {@code line} on that holds more than spaces and a comment, or {@link #lines}. */
    private int skipBlank(int line) {
        int l = line;
        while (l < lines) {
            int p = starts[l] + indent(l);
            if (p < ends[l] && b[p] != '#') {
                return l;
            }
            l++;
        }
        return l;
    }

    /** Whether the line is a sequence entry ("-" then a space or the end) at column {@code col}. */
    private boolean isEntry(int line, int col) {
        int p = starts[line] + col;
        return p < ends[line] && b[p] == '-' && (p + 1 == ends[line] || b[p + 1] == ' ');
    }

    private Location at(int line, int pos) {
        int col = surrogates ? Character.codePointCount(t, starts[line], pos) : pos - starts[line];
        return new Location(file, lineOffset + line + 1, col + 1);
    }

    private void count() {
        if (++values > YamlTreeReader.MAX_VALUES) {
            throw GIVE_UP;
        }
    }


    /**
     * A block mapping whose first key starts at {@code pos} on {@code line} (mid-line after "- ", or after the
     * indentation), at column {@code col}; its other keys start lines at that column.
     */
    private Map<String, Object> mapping(int line, int pos, int col, int depth) {
        if (depth > MAX_DEPTH) {
            throw GIVE_UP;
        }
        count();
        DataTree.LocatedMap map = new DataTree.LocatedMap();
        int l = line;
        int p = pos;
        while (true) {
            int colon = keyEnd(l, p);
            if (colon < 0) {
                throw GIVE_UP; // not "key: value": an error, or a multi-line scalar
            }
            String key = key(l, p, colon);
            if (key.length() > YamlTreeReader.MAX_KEY || key.equals("<<") || map.containsKey(key)) {
                throw GIVE_UP; // findings (or a merge key): snakeyaml's reading reports them
            }
            Location keyAt = at(l, p);
            count();
            textAt = null;
            put(map, key, value(l, colon + 1, col, depth), keyAt);
            l = skipBlank(next);
            if (l >= lines) {
                break;
            }
            int ind = indent(l);
            if (ind < col) {
                break;
            }
            if (ind > col || isEntry(l, col)) {
                throw GIVE_UP;
            }
            p = starts[l] + col;
        }
        next = l;
        return map;
    }

    /** Adds an entry; for a scalar value (not null), with where its text starts ({@link #textAt}). */
    private void put(DataTree.LocatedMap map, String key, Object value, Location keyAt) {
        if (value == null || value instanceof Map || value instanceof List) {
            map.put(key, value, keyAt);
        } else {
            map.put(key, value, keyAt, textAt);
        }
    }

    /** A block sequence whose entries start lines at column {@code col}, the first at {@code line}. */
    private List<Object> sequence(int line, int col, int depth) {
        if (depth > MAX_DEPTH) {
            throw GIVE_UP;
        }
        count();
        DataTree.LocatedList list = new DataTree.LocatedList();
        int l = line;
        while (true) {
            int e = ends[l];
            int q = starts[l] + col + 1;
            while (q < e && b[q] == ' ') {
                q++;
            }
            if (q == e || b[q] == '#' || b[q] == '-' && (q + 1 == e || b[q + 1] == ' ')) {
                throw GIVE_UP; // an empty entry, or a sequence in a sequence
            }
            Location itemAt = at(l, q);
            if (keyEnd(l, q) >= 0) {
                list.add(mapping(l, q, q - starts[l], depth + 1), itemAt);
            } else {
                count();
                list.add(inline(l, q, col, depth), itemAt);
            }
            l = skipBlank(next);
            if (l >= lines) {
                break;
            }
            int ind = indent(l);
            if (ind < col || ind == col && !isEntry(l, col)) {
                break;
            }
            if (ind > col) {
                throw GIVE_UP;
            }
        }
        next = l;
        return list;
    }

    /**
     * Where the key that starts at {@code p} ends: the index of its ':' (followed by a space or the end of the
     * line), or -1 when the text there is not a key on one line.
     */
    private int keyEnd(int line, int p) {
        int e = ends[line];
        char c = b[p];
        if (c == '"' || c == '\'') {
            int close = closingQuote(line, p);
            if (close < 0) {
                return -1;
            }
            int colon = close + 1;
            return colon < e && b[colon] == ':' && (colon + 1 == e || b[colon + 1] == ' ') ? colon : -1;
        }
        if (isIndicator(c)) {
            return -1;
        }
        for (int i = p + 1; i < e; i++) {
            char d = b[i];
            if (d == ':' && (i + 1 == e || b[i + 1] == ' ')) {
                return i;
            }
            if (d == '#' && b[i - 1] == ' ') {
                return -1; // a comment before any ':'
            }
        }
        return -1;
    }

    /** The key from {@code p} to its colon. */
    private String key(int line, int p, int colon) {
        char c = b[p];
        if (c == '"' || c == '\'') {
            return quoted(p, colon - 1);
        }
        int end = colon;
        while (b[end - 1] == ' ') {
            end--;
        }
        return new String(b, p, end - p);
    }

    /** YAML's indicator characters: a plain scalar may not start with one. */
    private static boolean isIndicator(char c) {
        return switch (c) {
            case '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' -> true;
            default -> false;
        };
    }

    /**
     * The index of the quote that closes the quoted scalar opening at {@code p}, or -1 when it does not close on
     * the same line.
     */
    private int closingQuote(int line, int p) {
        char q = b[p];
        int e = ends[line];
        for (int i = p + 1; i < e; i++) {
            char c = b[i];
            if (q == '"' && c == '\\') {
                i++; // an escape: the character after the backslash does not close the scalar
                continue;
            }
            if (c == q) {
                if (q == '\'' && i + 1 < e && b[i + 1] == '\'') {
                    i++; // '' is a quote
                    continue;
                }
                return i;
            }
        }
        return -1;
    }

    /** The value of the quoted scalar from the quote at {@code open} to the quote at {@code close}. */
    private String quoted(int open, int close) {
        String s = new String(b, open + 1, close - open - 1);
        if (b[open] == '\'') {
            return s.indexOf('\'') >= 0 ? s.replace("''", "'") : s;
        }
        return s.indexOf('\\') >= 0 ? unescape(s) : s;
    }

    /** A double-quoted scalar's escapes, as YAML 1.1 and snakeyaml read them; any other escape gives up. */
    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i); // a backslash never ends the text: closingQuote skipped the character after it
            switch (e) {
                case '0' -> sb.append('\0');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'v' -> sb.append('\u000B');
                case 'f' -> sb.append('\f');
                case 'r' -> sb.append('\r');
                case 'e' -> sb.append('\u001B');
                case ' ', '"', '\\' -> sb.append(e);
                case 'N' -> sb.append('\u0085');
                case '_' -> sb.append('\u00A0');
                case 'L' -> sb.append('\u2028');
                case 'P' -> sb.append('\u2029');
                case 'x', 'u', 'U' -> {
                    int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (i + n >= s.length()) {
                        throw GIVE_UP;
                    }
                    int cp = 0;
                    for (int k = 1; k <= n; k++) {
                        int d = Character.digit(s.charAt(i + k), 16);
                        if (d < 0) {
                            throw GIVE_UP;
                        }
                        cp = cp * 16 + d;
                    }
                    if (!Character.isValidCodePoint(cp) || Character.getType(cp) == Character.SURROGATE) {
                        throw GIVE_UP;
                    }
                    sb.appendCodePoint(cp);
                    i += n;
                }
                default -> throw GIVE_UP;
            }
        }
        return sb.toString();
    }

    /**
     * The value after a key's colon ({@code from} is just past it), in a mapping at column {@code col}: on the
     * same line, or a block collection on the lines that follow, or null.
     */
    private Object value(int line, int from, int col, int depth) {
        int e = ends[line];
        int q = from;
        while (q < e && b[q] == ' ') {
            q++;
        }
        if (q < e && b[q] != '#') {
            return inline(line, q, col, depth);
        }
        int l = skipBlank(line + 1);
        if (l < lines) {
            int ind = indent(l);
            if (ind > col) {
                if (isEntry(l, ind)) {
                    return sequence(l, ind, depth + 1);
                }
                return mapping(l, starts[l] + ind, ind, depth + 1);
            }
            if (ind == col && isEntry(l, col)) {
                return sequence(l, col, depth + 1); // "key:" then "- item" at the key's column
            }
        }
        next = line + 1;
        return null; // "key:" and nothing: YAML's null
    }

    /**
     * A value that starts at {@code q} on {@code line}, in a collection at column {@code col}: a scalar or a
     * one-line flow collection (then nothing may follow on the line but a comment, and the next line may not be
     * indented deeper), or a block scalar.
     */
    private Object inline(int line, int q, int col, int depth) {
        char c = b[q];
        int e = ends[line];
        Object v;
        int after;
        switch (c) {
            case '|', '>' -> {
                textAt = new Location(file, lineOffset + line + 2, 0);
                return blockScalar(line, q, col);
            }
            case '"', '\'' -> {
                int close = closingQuote(line, q);
                if (close < 0) {
                    throw GIVE_UP; // more than one line
                }
                v = quoted(q, close);
                after = close + 1;
                textAt = at(line, q);
            }
            case '{' -> {
                DataTree.LocatedMap map = new DataTree.LocatedMap();
                after = flow(line, q, map, null, depth + 1);
                v = map;
            }
            case '[' -> {
                DataTree.LocatedList list = new DataTree.LocatedList();
                after = flow(line, q, null, list, depth + 1);
                v = list;
            }
            default -> {
                if (isIndicator(c) && !(c == '-' && q + 1 < e && b[q + 1] != ' ')) {
                    throw GIVE_UP; // an anchor, alias, tag, or an error
                }
                int end = e;
                for (int i = q + 1; i < e; i++) {
                    char d = b[i];
                    if (d == '#' && b[i - 1] == ' ') {
                        end = i;
                        break;
                    }
                    if (d == ':' && (i + 1 == e || b[i + 1] == ' ')) {
                        throw GIVE_UP; // "mapping values are not allowed here"
                    }
                }
                while (b[end - 1] == ' ') {
                    end--;
                }
                v = plain(new String(b, q, end - q));
                after = e;
                textAt = at(line, q);
            }
        }
        endOfLine(line, after);
        int l = skipBlank(line + 1);
        if (l < lines && indent(l) > col) {
            throw GIVE_UP; // a multi-line scalar, or an error
        }
        next = line + 1;
        return v;
    }

    /** Only spaces and a comment may follow a value on its line. */
    private void endOfLine(int line, int from) {
        int e = ends[line];
        int i = from;
        while (i < e && b[i] == ' ') {
            i++;
        }
        if (i < e && (b[i] != '#' || i == from)) {
            throw GIVE_UP;
        }
    }

    /** A plain scalar, typed as snakeyaml types it (a checklist's many true and false directly: the same answer). */
    private static Object plain(String s) {
        if (s.equals("true")) {
            return Boolean.TRUE;
        }
        if (s.equals("false")) {
            return Boolean.FALSE;
        }
        return YamlTreeReader.scalarValue(RESOLVER.resolve(NodeId.scalar, s, true), s);
    }

    /**
     * A one-line flow mapping (into {@code map}) or flow sequence (into {@code list}) opening at {@code open}, of
     * plain or quoted scalars; returns the index after its closing bracket.
     */
    private int flow(int line, int open, DataTree.LocatedMap map, DataTree.LocatedList list, int depth) {
        if (depth > MAX_DEPTH) {
            throw GIVE_UP;
        }
        count();
        int e = ends[line];
        char close = map != null ? '}' : ']';
        int i = spaces(line, open + 1);
        if (i < e && b[i] == close) {
            return i + 1;
        }
        while (true) {
            int start = i;
            if (map != null) {
                i = flowScalar(line, i);
                String key = flowText;
                if (i + 1 >= e || b[i] != ':' || b[i + 1] != ' ') {
                    throw GIVE_UP;
                }
                if (key.isEmpty() || key.length() > YamlTreeReader.MAX_KEY || key.equals("<<") || map.containsKey(key)) {
                    throw GIVE_UP;
                }
                Location keyAt = at(line, start);
                i = spaces(line, i + 1);
                count();
                textAt = at(line, i);
                put(map, key, flowEntry(line, i, depth), keyAt);
                i = flowNext;
            } else {
                Location itemAt = at(line, start);
                count();
                list.add(flowEntry(line, i, depth), itemAt);
                i = flowNext;
            }
            if (i < e && b[i] == close) {
                return i + 1;
            }
            if (i >= e || b[i] != ',') {
                throw GIVE_UP;
            }
            i = spaces(line, i + 1);
            if (i >= e || b[i] == close) {
                throw GIVE_UP; // a trailing comma, or more on the next line
            }
        }
    }

    /**
     * A value in a flow collection, starting at {@code i}: a scalar, or a flow collection in it. Sets
     * {@link #flowNext} to the index of what follows it (spaces skipped).
     */
    private Object flowEntry(int line, int i, int depth) {
        if (i < ends[line] && (b[i] == '{' || b[i] == '[')) {
            DataTree.LocatedMap map = b[i] == '{' ? new DataTree.LocatedMap() : null;
            DataTree.LocatedList list = map == null ? new DataTree.LocatedList() : null;
            flowNext = spaces(line, flow(line, i, map, list, depth + 1));
            return map != null ? map : list;
        }
        flowNext = flowScalar(line, i);
        return flowValue();
    }

    /** The text of the last scalar {@link #flowScalar} read, and whether it was quoted. */
    private String flowText;
    /** The index after the last entry {@link #flowEntry} read. */
    private int flowNext;
    private boolean flowQuoted;

    private Object flowValue() {
        return flowQuoted ? flowText : plain(flowText);
    }

    /**
     * Reads the scalar in a flow collection that starts at {@code i} into {@link #flowText}; returns the index of
     * what follows it (spaces skipped): ',', ':' or the closing bracket. Anything else is left to snakeyaml.
     */
    private int flowScalar(int line, int i) {
        int e = ends[line];
        if (i >= e) {
            throw GIVE_UP;
        }
        char c = b[i];
        if (c == '"' || c == '\'') {
            int q = closingQuote(line, i);
            if (q < 0) {
                throw GIVE_UP;
            }
            flowText = quoted(i, q);
            flowQuoted = true;
            return spaces(line, q + 1);
        }
        if (isIndicator(c)) {
            throw GIVE_UP;
        }
        int end = i;
        while (end < e) {
            char d = b[end];
            if (d == ',' || d == ']' || d == '}' || d == ':') {
                break;
            }
            if (d == '?' || d == '#' || d == '[' || d == '{' || d == '"' || d == '\'') {
                throw GIVE_UP; // '?' ends a plain scalar in a flow collection too (YAML 1.1)
            }
            end++;
        }
        int s = end;
        while (b[s - 1] == ' ') {
            s--;
        }
        flowText = new String(b, i, s - i);
        flowQuoted = false;
        return end;
    }

    private int spaces(int line, int from) {
        int i = from;
        while (i < ends[line] && b[i] == ' ') {
            i++;
        }
        return i;
    }

    /**
     * A literal ({@code |}) or folded ({@code >}) block scalar whose indicator is at {@code q} on {@code line}, in
     * a collection at column {@code col}: its lines are those after, indented deeper than {@code col}.
     */
    private String blockScalar(int line, int q, int col) {
        boolean folded = b[q] == '>';
        int e = ends[line];
        int i = q + 1;
        char chomp = ' ';
        if (i < e && (b[i] == '-' || b[i] == '+')) {
            chomp = b[i++];
        }
        if (i < e && b[i] != ' ') {
            throw GIVE_UP; // an indentation indicator, or an error
        }
        endOfLine(line, i);
        // the content's indentation is that of its first line with text
        int first = line + 1;
        while (first < lines && isEmpty(first)) {
            first++;
        }
        if (first >= lines || indent(first) <= col) {
            throw GIVE_UP; // an empty block scalar
        }
        int ind = indent(first);
        StringBuilder sb = new StringBuilder();
        int trailing = 0; // empty lines since the last line with text
        boolean any = false;
        int l = line + 1;
        for (; l < lines; l++) {
            int s = starts[l];
            int len = ends[l] - s;
            if (isEmpty(l)) {
                if (len > ind) {
                    throw GIVE_UP; // spaces beyond the indentation: content, by rules left to snakeyaml
                }
                trailing++;
                continue;
            }
            int li = indent(l);
            if (li < ind) {
                if (li > col) {
                    throw GIVE_UP;
                }
                break;
            }
            if (any) {
                if (folded) {
                    if (trailing == 0) {
                        sb.append(' ');
                    } else {
                        sb.append("\n".repeat(trailing));
                    }
                } else {
                    sb.append("\n".repeat(trailing + 1));
                }
            } else if (trailing > 0) {
                throw GIVE_UP; // empty lines before the first line with text
            }
            if (folded && li > ind) {
                throw GIVE_UP; // a more-indented line keeps its line breaks: left to snakeyaml
            }
            sb.append(b, s + ind, ends[l] - s - ind);
            any = true;
            trailing = 0;
        }
        if (l >= lines && !finalBreak) {
            throw GIVE_UP; // the text ends without a line break: chomping differs
        }
        if (chomp == ' ') {
            sb.append('\n');
        } else if (chomp == '+') {
            sb.append("\n".repeat(trailing + 1));
        }
        next = l;
        return sb.toString();
    }
}

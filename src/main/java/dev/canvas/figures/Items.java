package dev.canvas.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * The items of an answer, in the order written: each list item (marker stripped), each table row, and each
 * sentence of the other lines. A rule reads a figure with the words of its item around it ("Total cost: EUR 375k";
 * "| 6 months | 120 |"), so an item is the unit a figure belongs to. Nothing is dropped: the paragraph after a list
 * is items too.
 */
public final class Items {

    private Items() {
    }

    /**
     * One item.
     *
     * @param text     the item's text, stripped, without its list marker; for a table row its cells joined by " | "
     * @param indent   the columns of white space before a list marker (0 for other items): a deeper item belongs to
     *                 the item above it ("- Value: EUR 825k" then "  - Licences: EUR 300k")
     * @param list     whether it is a list item
     * @param cells    a table row's cells, stripped; empty for other items
     */
    public record Item(String text, int indent, boolean list, List<String> cells) {

        /** Whether this item is a table row. */
        public boolean row() {
            return !cells.isEmpty();
        }

        /** Whether the text ends with a colon: it introduces the items below it ("Costs (per year):"). */
        public boolean introduces() {
            return text.endsWith(":");
        }
    }

    /** The items of {@code text}. Linear in its length. */
    public static List<Item> of(String text) {
        List<Item> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start <= n) {
            int end = start;
            while (end < n && !isLineBreak(text.charAt(end))) {
                end++;
            }
            line(text, start, end, out);
            if (end >= n) {
                break;
            }
            start = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        return out;
    }

    /** The texts of the items of {@code text}. */
    public static List<String> texts(String text) {
        return of(text).stream().map(Item::text).toList();
    }

    private static void line(String text, int start, int end, List<Item> out) {
        int i = start;
        int indent = 0;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00A0')) {
            indent += text.charAt(i) == '\t' ? 4 : 1;
            i++;
        }
        if (i >= end) {
            return;
        }
        char c = text.charAt(i);
        if (c == '|') {
            row(text.substring(i, end), out);
            return;
        }
        int afterMarker = marker(text, i, end);
        if (afterMarker > 0) {
            String rest = text.substring(afterMarker, end).strip();
            if (!rest.isEmpty()) {
                out.add(new Item(rest, indent, true, List.of()));
            }
            return;
        }
        sentences(text.substring(i, end), out);
    }

    /** Where the text after a list marker ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}) begins, or -1. */
    private static int marker(String text, int i, int end) {
        char c = text.charAt(i);
        int k = i;
        if (c == '-' || c == '*' || c == '+' || c == '•') {
            k++;
        } else if (c >= '0' && c <= '9') {
            while (k < end && k - i < 3 && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
                k++;
            }
            if (k >= end || text.charAt(k) != '.' && text.charAt(k) != ')') {
                return -1;
            }
            k++;
        } else {
            return -1;
        }
        if (k >= end || text.charAt(k) != ' ' && text.charAt(k) != '\t') {
            return -1;
        }
        // "- [x] " task boxes are list items too; their box is not text
        int t = k + 1;
        if (t + 3 <= end && text.charAt(t) == '[' && text.charAt(t + 2) == ']') {
            return t + 3;
        }
        return k + 1;
    }

    /** A table row: its cells; a delimiter row ({@code |---|:--:|}) is no item. */
    private static void row(String line, List<Item> out) {
        String inner = line.strip();
        if (inner.startsWith("|")) {
            inner = inner.substring(1);
        }
        if (inner.endsWith("|")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        boolean delimiter = true;
        for (String cell : inner.split("\\|", -1)) {
            String c = cell.strip();
            cells.add(c);
            if (!c.isEmpty() && !c.chars().allMatch(ch -> ch == '-' || ch == ':')) {
                delimiter = false;
            }
        }
        if (!delimiter) {
            out.add(new Item(String.join(" | ", cells), 0, false, List.copyOf(cells)));
        }
    }

    /**
     * The sentences of one line: pieces ending at {@code . ! ?} followed by white space. A semicolon does not end
     * one: what follows it continues the same statement ("Value: EUR 759k; refills EUR 341k -> EUR 1.1M").
     */
    private static void sentences(String line, List<Item> out) {
        int from = 0;
        int n = line.length();
        for (int i = 0; i + 1 < n; i++) {
            char c = line.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(line.charAt(i + 1))
                    && !abbreviation(line, i)) {
                add(line.substring(from, i + 1), out);
                from = i + 1;
            }
        }
        add(line.substring(from), out);
    }

    /** "e.g. 40", "approx. 2 s", "vs. 3": a dot that ends an abbreviation, not a sentence. */
    private static boolean abbreviation(String line, int dot) {
        if (line.charAt(dot) != '.') {
            return false;
        }
        if (dot >= 2 && line.charAt(dot - 2) == '.') {
            return true; // "p.a.", "e.g.", "i.e.": letters with dots between
        }
        int k = dot;
        while (k > 0 && Character.isLetter(line.charAt(k - 1))) {
            k--;
        }
        String w = line.substring(k, dot).toLowerCase(java.util.Locale.ROOT);
        return switch (w) {
            case "e", "g", "eg", "i", "ie", "approx", "ca", "vs", "incl", "excl", "etc", "est", "avg", "max", "min", "p", "no",
                 "nr", "mio", "tsd", "mr", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                 "oct", "nov", "dec", "resp", "cf", "fig" -> true;
            default -> false;
        };
    }

    private static void add(String s, List<Item> out) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(new Item(t, 0, false, List.of()));
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}

package dev.canvas.parse;

import java.util.Map;

/**
 * A read-only map of strings, probed by their length and three of their characters rather than by
 * {@link String#hashCode} (which reads all of a text that is new each time): a hit costs one
 * {@link String#equals}, a miss mostly none.
 */
final class TextTable {
    private final String[] keys;
    private final String[] values;
    private final int mask;

    TextTable(Map<String, String> map) {
        int size = Integer.highestOneBit(Math.max(4, map.size() * 4) - 1) << 1;
        keys = new String[size];
        values = new String[size];
        mask = size - 1;
        for (Map.Entry<String, String> e : map.entrySet()) {
            int i = slot(e.getKey());
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = e.getKey();
            values[i] = e.getValue();
        }
    }

    private int slot(String s) {
        int n = s.length();
        int h = n == 0 ? 0 : n * 0x9E3779B1 ^ s.charAt(0) * 31 ^ s.charAt(n / 2) * 961 ^ s.charAt(n - 1) * 29791;
        return (h ^ h >>> 16) & mask;
    }

    /** The value of {@code s}, as {@code map.get(s)}. */
    String get(String s) {
        for (int i = slot(s); keys[i] != null; i = (i + 1) & mask) {
            if (keys[i].length() == s.length() && keys[i].equals(s)) {
                return values[i];
            }
        }
        return null;
    }
}

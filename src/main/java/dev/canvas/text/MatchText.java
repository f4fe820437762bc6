package dev.canvas.text;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keys under which a canvas's wording is matched against its template's: case, punctuation, emoji, Markdown
 * emphasis and mojibake do not matter, words do.
 */
public final class MatchText {

    private static final int MAX_SLUG = 64;

    private MatchText() {
    }

    /** Lower-case words of letters and digits joined by single spaces; "" when there are none. */
    public static String key(String text) {
        String ascii = asciiKey(text);
        if (ascii != null) {
            return ascii;
        }
        String s = Normalizer.normalize(Mojibake.repair(text), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(cp);
            } else if (cp != '\'' && cp != '\u2019') {
                // apostrophes join ("what's" is one word); everything else separates
                space = true;
            }
        }
        return out.toString();
    }

    /**
     * {@link #key} of a text that is all ASCII, or null when it is not. Such a text has no mojibake (a run starts
     * at a character from U+00C2) and is its own NFKC form, and its letters and digits are [A-Za-z0-9]: the key
     * is its words lower-cased, read in one pass without normalising.
     */
    private static String asciiKey(String text) {
        int n = text.length();
        StringBuilder out = null;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            boolean lower = c >= 'a' && c <= 'z';
            boolean upper = c >= 'A' && c <= 'Z';
            if (lower || upper || c >= '0' && c <= '9') {
                if (out == null) {
                    out = new StringBuilder(n - i);
                } else if (space) {
                    out.append(' ');
                }
                space = false;
                out.append(upper ? (char) (c + 32) : c);
            } else if (c != '\'') {
                space = true;
            }
        }
        return out == null ? "" : out.toString();
    }

    /** A stable id made of the text's words: {@code poc-results-documented-with-evidence}, at most 64 chars. */
    public static String slug(String text) {
        String k = key(text).replace(' ', '-');
        if (k.length() <= MAX_SLUG) {
            return k;
        }
        int cut = k.lastIndexOf('-', MAX_SLUG);
        return k.substring(0, cut > 0 ? cut : MAX_SLUG);
    }

    /**
     * How alike two keys are, by their words (Dice coefficient): 1.0 the same words, 0.0 none in common.
     * Used to accept a reworded question or item and to suggest what a typo meant.
     */
    public static double similarity(String keyA, String keyB) {
        List<String> a = List.of(keyA.split(" "));
        List<String> b = List.of(keyB.split(" "));
        if (keyA.isEmpty() || keyB.isEmpty()) {
            return 0.0;
        }
        Set<String> bs = new HashSet<>(b);
        int common = 0;
        for (String w : new HashSet<>(a)) {
            if (bs.contains(w)) {
                common++;
            }
        }
        return 2.0 * common / (new HashSet<>(a).size() + bs.size());
    }

    /** Edit distance, for "did you mean" suggestions on ids; stops counting past {@code limit}. */
    public static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

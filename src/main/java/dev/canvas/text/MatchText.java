package dev.canvas.text;

import java.text.Normalizer;
import java.util.Locale;

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
        String simple = latinKey(text, false);
        if (simple != null) {
            return simple;
        }
        String repaired = Mojibake.repair(text);
        simple = latinKey(repaired, true);
        return simple != null ? simple : normalizedKey(repaired);
    }

    /**
     * {@link #key} of a text with its mojibake repaired, by its NFKC form: the general way (the normaliser's data
     * is loaded on its first use, several milliseconds of a one-file check).
     */
    private static String normalizedKey(String repaired) {
        String s = Normalizer.normalize(repaired, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
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
     * {@link #key} of a text that is all ASCII, or (with {@code latin1}, for a text whose mojibake is repaired) all
     * ASCII and Latin-1 letters (U+00C0 to U+00FF but × and ÷); null when it is not. An ASCII text has no mojibake
     * (a run starts at a character from U+00C2). Both are their own NFKC form (Latin-1's compatibility characters,
     * such as ª, ² or ½, are all below U+00C0, and its letters are precomposed), their letters and digits are
     * [A-Za-z0-9] and those letters, and a capital's lower case is 0x20 above it (À to Þ, but ×): the key is the
     * words lower-cased, read in one pass without normalising (rules.ShortcutsTest holds it to the normalised key).
     */
    private static String latinKey(String text, boolean latin1) {
        int n = text.length();
        StringBuilder out = null;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean letter = c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7;
            if (c >= 0x80 && !(latin1 && letter)) {
                return null;
            }
            boolean lower = c >= 'a' && c <= 'z' || letter && c >= 0xDF;
            boolean upper = c >= 'A' && c <= 'Z' || letter && c < 0xDF;
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
        return similarity(KeyWords.words(keyA), KeyWords.words(keyB));
    }

    /** {@link #similarity(String, String)} of keys already split by {@link KeyWords#words} (sorted, distinct). */
    public static double similarity(String[] a, String[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0.0;
        }
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            int c = a[i].compareTo(b[j]);
            if (c == 0) {
                common++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (a.length + b.length);
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

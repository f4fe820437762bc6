package dev.canvas.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An item's key words ({@code ChecklistItem.words}): alternatives, each a few words that a text must all have for
 * the text to name the item; a word ending in '*' stands for every word it starts ({@code "optimi*"} fits
 * "optimisation" and "optimization"). Texts are given as {@link #words} of their {@link MatchText#key}.
 */
public final class KeyWords {

    /** Each alternative's words, without their '*'. */
    private final String[][] alternatives;
    /** Whether each word of each alternative stands for the words it starts. */
    private final boolean[][] prefix;

    private KeyWords(String[][] alternatives, boolean[][] prefix) {
        this.alternatives = alternatives;
        this.prefix = prefix;
    }

    /** Alternatives such as {@code "cost* optimi*"}, words separated by spaces. */
    public static KeyWords of(List<String> alternatives) {
        List<String[]> alts = new ArrayList<>();
        List<boolean[]> stars = new ArrayList<>();
        for (String alt : alternatives) {
            String[] ws = alt.strip().split(" +");
            if (ws.length == 0 || ws[0].isEmpty()) {
                continue;
            }
            boolean[] star = new boolean[ws.length];
            for (int i = 0; i < ws.length; i++) {
                if (ws[i].endsWith("*")) {
                    ws[i] = ws[i].substring(0, ws[i].length() - 1);
                    star[i] = true;
                }
            }
            alts.add(ws);
            stars.add(star);
        }
        return new KeyWords(alts.toArray(String[][]::new), stars.toArray(boolean[][]::new));
    }

    public boolean isEmpty() {
        return alternatives.length == 0;
    }

    /**
     * The distinct words of a match key, sorted, as {@link #fit} reads them: found by binary search, so that
     * fitting a text costs the logarithm of its length, not its length.
     */
    public static String[] words(String key) {
        if (key.isEmpty()) {
            return new String[0];
        }
        String[] ws = key.split(" ");
        Arrays.sort(ws);
        int n = 0;
        for (int i = 0; i < ws.length; i++) {
            if (n == 0 || !ws[i].equals(ws[n - 1])) {
                ws[n++] = ws[i];
            }
        }
        return n == ws.length ? ws : Arrays.copyOf(ws, n);
    }

    /** Whether the text of these {@link #words} has every word of one of the alternatives. */
    public boolean fit(String[] sortedWords) {
        for (int a = 0; a < alternatives.length; a++) {
            if (all(alternatives[a], prefix[a], sortedWords)) {
                return true;
            }
        }
        return false;
    }

    private static boolean all(String[] alt, boolean[] star, String[] sortedWords) {
        for (int i = 0; i < alt.length; i++) {
            int at = Arrays.binarySearch(sortedWords, alt[i]);
            if (at < 0 && !(star[i] && -at - 1 < sortedWords.length && sortedWords[-at - 1].startsWith(alt[i]))) {
                return false;
            }
        }
        return true;
    }
}

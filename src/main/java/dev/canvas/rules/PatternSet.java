package dev.canvas.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns that a rule searches the same texts for, with their {@link Needles}: one pass over a text finds where
 * each pattern could match, and a pattern is then tried only there (or, when only its contents are known, only
 * when they occur). Every answer is exactly the pattern's own: {@link Hits#find} is {@code matcher(text).find()}.
 * Immutable, shared by threads; a {@link Hits} belongs to one.
 */
final class PatternSet {

    private final Pattern[] patterns;
    private final Needles.Shape[] shapes;
    /** Whether a pattern's required needles are looked for (see {@link #selectiveGate}). */
    private final boolean[] gated;
    /** Needles, folded; the pattern each belongs to; whether it is one the match starts with. */
    private final String[] needles;
    private final int[] owner;
    private final boolean[] starting;
    /** Needle ids by their first character, for ASCII; the others by a short list. */
    private final int[][] byFirst = new int[128][];
    private final char[] otherFirst;
    private final int[][] byOtherFirst;
    /** The needles' characters; the ASCII characters that fold to a needle's first (both cases). */
    private final char[][] needleChars;
    private final boolean[] interesting = new boolean[128];
    /** By folded first character (ASCII): whether a needle of one character starts with it. */
    private final boolean[] single = new boolean[128];
    /** Bits [first * 128 + second]: a needle starts with these two (folded, ASCII) characters. */
    private final long[] pairs = new long[128 * 128 / 64];

    PatternSet(List<Pattern> patterns) {
        this.patterns = patterns.toArray(new Pattern[0]);
        this.shapes = new Needles.Shape[this.patterns.length];
        this.gated = new boolean[this.patterns.length];
        List<String> ns = new ArrayList<>();
        List<Integer> os = new ArrayList<>();
        List<Boolean> ss = new ArrayList<>();
        for (int k = 0; k < this.patterns.length; k++) {
            Needles.Shape s = Needles.of(this.patterns[k]);
            shapes[k] = s;
            if (s.starts() != null) {
                for (String n : s.starts()) {
                    ns.add(n);
                    os.add(k);
                    ss.add(true);
                }
            }
            if (s.required() != null && (s.starts() == null || selectiveGate(s))) {
                gated[k] = true;
                for (String n : s.required()) {
                    ns.add(n);
                    os.add(k);
                    ss.add(false);
                }
            }
        }
        needles = ns.toArray(new String[0]);
        owner = os.stream().mapToInt(Integer::intValue).toArray();
        starting = new boolean[needles.length];
        for (int i = 0; i < needles.length; i++) {
            starting[i] = ss.get(i);
        }
        List<Character> others = new ArrayList<>();
        List<List<Integer>> otherIds = new ArrayList<>();
        List<List<Integer>> ascii = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            ascii.add(new ArrayList<>());
        }
        for (int i = 0; i < needles.length; i++) {
            char f = needles[i].charAt(0);
            if (f < 128) {
                ascii.get(f).add(i);
            } else {
                int at = others.indexOf(f);
                if (at < 0) {
                    others.add(f);
                    otherIds.add(new ArrayList<>());
                    at = others.size() - 1;
                }
                otherIds.get(at).add(i);
            }
        }
        for (int c = 0; c < 128; c++) {
            if (!ascii.get(c).isEmpty()) {
                byFirst[c] = ascii.get(c).stream().mapToInt(Integer::intValue).toArray();
            }
        }
        needleChars = new char[needles.length][];
        for (int i = 0; i < needles.length; i++) {
            char[] nc = needles[i].toCharArray();
            needleChars[i] = nc;
            if (nc[0] < 128) {
                if (nc.length == 1) {
                    single[nc[0]] = true;
                } else if (nc[1] < 128) {
                    pairs[nc[0] << 1 | nc[1] >>> 6] |= 1L << (nc[1] & 63);
                }
                // a needle whose second character is not ASCII is compared whenever the next character is not
            }
        }
        for (char c = 0; c < 128; c++) {
            interesting[c] = byFirst[Needles.fold(c)] != null;
        }
        otherFirst = new char[others.size()];
        byOtherFirst = new int[others.size()][];
        for (int i = 0; i < others.size(); i++) {
            otherFirst[i] = others.get(i);
            byOtherFirst[i] = otherIds.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * Whether to look for what a pattern's matches hold as well as what they start with: when what they start
     * with is weak (a single character, such as a digit) and what they hold is not (no single letter, which
     * nearly every text has). The answers are the same either way; this only saves work.
     */
    private static boolean selectiveGate(Needles.Shape s) {
        boolean weakStarts = s.starts().stream().anyMatch(n -> n.length() == 1);
        boolean weakGate = s.required().stream().anyMatch(n -> n.length() == 1 && Character.isLetter(n.charAt(0)));
        return weakStarts && !weakGate;
    }

    static PatternSet of(Pattern... patterns) {
        return new PatternSet(List.of(patterns));
    }

    int size() {
        return patterns.length;
    }

    Pattern pattern(int k) {
        return patterns[k];
    }

    /** Where in {@code text} each pattern could match: one pass over it. */
    Hits scan(String text) {
        Hits h = new Hits(text);
        if (needles.length == 0) {
            return h;
        }
        int n = text.length();
        char[] cs = new char[n];
        text.getChars(0, n, cs, 0); // the loop below reads an array: cheaper than charAt, char by char
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            int f;
            if (c < 128) {
                if (!interesting[c]) {
                    continue;
                }
                f = LOWER[c];
            } else {
                f = Needles.fold(c);
                if (f < 128 ? byFirst[f] == null : otherIndex((char) f) < 0) {
                    continue;
                }
            }
            int[] ids;
            if (f < 128) {
                if (!single[f]) {
                    // no needle of one character starts here: the next character must be one a needle has second
                    if (i + 1 >= n) {
                        continue;
                    }
                    char d = cs[i + 1];
                    int g = d < 128 ? LOWER[d] : Needles.fold(d);
                    if (g < 128 && (pairs[f << 1 | g >>> 6] >>> (g & 63) & 1L) == 0) {
                        continue;
                    }
                }
                ids = byFirst[f];
            } else {
                ids = byOtherFirst[otherIndex((char) f)];
            }
            for (int id : ids) {
                char[] needle = needleChars[id];
                int len = needle.length;
                if (i + len > n || !restAt(cs, i, needle, len)) {
                    continue;
                }
                h.record(owner[id], starting[id], i);
            }
        }
        return h;
    }

    private int otherIndex(char f) {
        for (int i = 0; i < otherFirst.length; i++) {
            if (otherFirst[i] == f) {
                return i;
            }
        }
        return -1;
    }

    private static boolean restAt(char[] cs, int i, char[] needle, int len) {
        for (int j = 1; j < len; j++) {
            if (Needles.fold(cs[i + j]) != needle[j]) {
                return false;
            }
        }
        return true;
    }

    /** ASCII lower-cased: {@link Needles#fold} of the ASCII characters. */
    private static final char[] LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            LOWER[c] = Needles.fold(c);
        }
    }

    /** One text's candidates: for each pattern, where a match could start and whether what it holds occurs. */
    final class Hits {
        private final String text;
        private final int[][] starts;
        private final int[] count;
        private final boolean[] contains;

        private Hits(String text) {
            this.text = text;
            this.starts = new int[patterns.length][];
            this.count = new int[patterns.length];
            this.contains = new boolean[patterns.length];
        }

        private void record(int k, boolean start, int i) {
            if (!start) {
                contains[k] = true;
                return;
            }
            int[] s = starts[k];
            int c = count[k];
            if (s == null) {
                s = starts[k] = new int[4];
            } else if (c > 0 && s[c - 1] == i) {
                return;
            } else if (c == s.length) {
                s = starts[k] = java.util.Arrays.copyOf(s, c * 2);
            }
            s[c] = i;
            count[k] = c + 1;
        }

        /** Whether pattern {@code k} can match at all (false: it cannot; true: it may). */
        boolean possible(int k) {
            Needles.Shape s = shapes[k];
            if (gated[k] && !contains[k]) {
                return false;
            }
            return s.starts() == null || count[k] > 0;
        }

        /** Whether some pattern can match at all. */
        boolean anyPossible() {
            for (int k = 0; k < patterns.length; k++) {
                if (possible(k)) {
                    return true;
                }
            }
            return false;
        }

        /** Exactly {@code pattern(k).matcher(text).find()}. */
        boolean find(int k) {
            if (!possible(k)) {
                return false;
            }
            if (shapes[k].starts() == null) {
                return patterns[k].matcher(text).find();
            }
            return next(k, 0, startMatcher(k)) >= 0;
        }

        /** Whether any pattern is found in the text (as {@link #find} of each). */
        boolean findAny() {
            for (int k = 0; k < patterns.length; k++) {
                if (find(k)) {
                    return true;
                }
            }
            return false;
        }

        /** Exactly {@code m = pattern(k).matcher(text); m.find() ? m.start() : -1}. */
        int firstStart(int k) {
            Matcher m = first(k);
            return m == null ? -1 : m.start();
        }

        /** A matcher holding the match that {@code pattern(k).matcher(text).find()} finds, or null when none. */
        Matcher first(int k) {
            Found f = matches(k);
            return f.find() ? f.matcher() : null;
        }

        /** The matches of pattern {@code k}, one {@link Found#find} after the other, as a matcher's finds. */
        Found matches(int k) {
            return new Found(k);
        }

        /**
         * Successive searches for one pattern in the text: {@link #find} is what {@link Matcher#find()} answers, one
         * call after the other on a new matcher, and {@link #matcher} then holds the match (its start, end and
         * groups). A pattern whose starts are known is tried only at its candidates.
         */
        final class Found {
            private final int k;
            private final boolean possible;
            private final boolean emulated;
            private Matcher m;
            private int from;
            private boolean done;

            private Found(int k) {
                this.k = k;
                this.possible = possible(k);
                this.emulated = shapes[k].starts() != null;
            }

            boolean find() {
                if (!possible || done) {
                    return false;
                }
                if (!emulated) {
                    if (m == null) {
                        m = patterns[k].matcher(text);
                    }
                    return m.find();
                }
                if (m == null) {
                    m = startMatcher(k);
                }
                int start = from <= text.length() ? next(k, from, m) : -1;
                if (start < 0) {
                    done = true;
                    return false;
                }
                from = m.end() == start ? m.end() + 1 : m.end(); // after an empty match, the search moves on by one
                return true;
            }

            /** The matcher holding the last match found. */
            Matcher matcher() {
                return m;
            }
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        /** A matcher for {@link #next}: regions see the text around them, and '^' stays the text's start. */
        private Matcher startMatcher(int k) {
            return patterns[k].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /**
         * Where the first match of pattern {@code k} that starts at or after {@code from} starts, or -1; {@code m}
         * (from {@link #startMatcher}) then holds that match, the one a search from {@code from} finds. Only for
         * a pattern whose starts are known: a match starts at one of its candidates, so the first candidate where
         * it matches is where a search finds it.
         */
        private int next(int k, int from, Matcher m) {
            if (!possible(k)) {
                return -1;
            }
            int[] s = starts[k];
            int n = text.length();
            boolean digitRuns = shapes[k].digitRuns();
            for (int i = 0; i < count[k]; i++) {
                int at = s[i];
                if (at < from || digitRuns && at > from && isDigit(text.charAt(at)) && isDigit(text.charAt(at - 1))) {
                    continue; // before the search, or inside a run of digits: then a match starts before it
                }
                m.region(at, n);
                if (m.lookingAt()) {
                    return at;
                }
            }
            return -1;
        }
    }
}

package dev.canvas.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of names or phrases to look for (regulations, model providers, databases, vanity and outcome metrics),
 * case-insensitive, each pattern a regular expression. {@link #which} tells which patterns a text names: for each
 * match, leftmost first and the earliest pattern at that place (as one alternation of them all would take it), the
 * pattern that made it.
 *
 * <p>Two engines, by where the list comes from. A list a project's configuration gives (which a pull request may
 * write) runs on RE2/J ({@link ConfiguredPattern}): linear time whatever the pattern, one pass of the alternation.
 * The built-in lists, alternations of plain names, run on java.util.regex: linear on such patterns, and without
 * RE2/J's start-up (its Unicode tables and compiling some 350 built-in patterns cost about 60 ms of every one-file
 * check, measured with bench/profile.sh).
 *
 * <p>A built-in list is not tried whole at every place of a text: at a place that starts with an ASCII character,
 * only the patterns a match can start with that character are tried ({@link Starts}). Which those are, the engine
 * itself tells: a pattern that matches the character alone, or reaches its end wanting more
 * ({@link Matcher#hitEnd}), can start with it; no pattern is read as regex syntax here. A list of some 60 names
 * leaves 2 or 3 to try at a word's first letter instead of all 60 (the rules' checks took 18% less time on the
 * bench canvases, bench/src/AB.java; docs/architecture.md). Patterns that look behind the place they start at
 * ({@code (?<}, {@code \B}, {@code \G}) cannot be told from one character alone: a list with one is tried whole.
 */
final class PatternList {

    private final List<String> regexes;
    private final boolean words;
    /** Configured lists: the alternation, on RE2/J, and the capturing group each pattern is in it. */
    private final ConfiguredPattern configured;
    private final int[] configuredGroups;
    /** Built-in lists: the patterns to try at a place, by its first character. */
    private final Starts starts;

    private PatternList(List<String> regexes, boolean words, boolean isConfigured) {
        this.regexes = List.copyOf(regexes);
        this.words = words;
        if (isConfigured) {
            this.configured = ConfiguredPattern.compile(alternation(this.regexes));
            this.configuredGroups = groups(this.regexes.stream()
                    .mapToInt(r -> ConfiguredPattern.compile(r).matcher("").groupCount()).toArray());
            this.starts = null;
        } else {
            this.configured = null;
            this.configuredGroups = null;
            this.starts = new Starts();
        }
    }

    /**
     * The list a rule's parameter {@code param} gives, else the rule's own {@code builtIn} list; case-insensitive;
     * {@code words}: each pattern must stand as whole words ({@code \b...\b}).
     */
    static PatternList of(RuleSpec spec, String param, List<String> builtIn, boolean words) {
        boolean configured = spec.params().containsKey(param);
        return new PatternList(configured ? spec.strings(param, builtIn) : builtIn, words, configured);
    }

    /** Whether any of the patterns occurs in {@code text}. */
    boolean find(String text) {
        return scan(text, null);
    }

    /** The indexes of the patterns that occur in {@code text}: for each match, the pattern that made it. */
    BitSet which(String text) {
        BitSet found = new BitSet(regexes.size());
        scan(text, found);
        return found;
    }

    /** The patterns, each a capturing group, joined, with one word boundary around them all when {@code words}. */
    private String alternation(List<String> patterns) {
        String alternation = patterns.isEmpty() ? "([^\\s\\S])" : "(" + String.join(")|(", patterns) + ")";
        // one boundary around the alternation, not one per name: the engine tries it once at each position
        return words ? "\\b(?:" + alternation + ")\\b" : alternation;
    }

    /**
     * The group of each pattern in {@link #alternation}, from how many groups each holds: pattern k's group follows
     * those of the patterns before it and the groups they hold.
     */
    private static int[] groups(int[] groupCounts) {
        int[] g = new int[groupCounts.length];
        int next = 1;
        for (int k = 0; k < g.length; k++) {
            g[k] = next;
            next += 1 + groupCounts[k];
        }
        return g;
    }

    /** Adds to {@code found} the pattern of each match in {@code text}; with no {@code found}, stops at the first. */
    private boolean scan(String text, BitSet found) {
        if (configured != null) {
            var m = configured.matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    if (found == null) {
                        return true;
                    }
                    found.set(patternOf(configuredGroups, m::start));
                }
            }
            return found != null && !found.isEmpty();
        }
        int n = text.length();
        Matcher[] matchers = new Matcher[Starts.SLOTS];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int slot = Math.min(c, Starts.OTHER);
            // between two ASCII word characters there is no word boundary: no word pattern starts there
            if (words && i > 0 && isAsciiWord(c) && isAsciiWord(text.charAt(i - 1))) {
                continue;
            }
            Starts.Tried tried = starts.at(slot);
            if (tried == null) {
                continue; // no pattern of the list starts with this character
            }
            Matcher m = matchers[slot];
            if (m == null) {
                m = matchers[slot] = tried.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            if (!m.region(i, n).lookingAt() || m.end() == i) {
                continue;
            }
            if (found == null) {
                return true;
            }
            found.set(tried.patterns[patternOf(tried.groups, m::start)]);
            i = m.end() - 1;
        }
        return found != null && !found.isEmpty();
    }

    /** Which of the patterns whose groups are {@code groups} made the last match: the first whose group took part. */
    private static int patternOf(int[] groups, IntUnaryOperator startOfGroup) {
        for (int k = 0; k < groups.length; k++) {
            if (startOfGroup.applyAsInt(groups[k]) >= 0) {
                return k;
            }
        }
        throw new IllegalStateException("a match of no pattern"); // every alternative is a group
    }

    private static boolean isAsciiWord(char c) {
        return c < 128 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_');
    }

    /**
     * The patterns of a built-in list to try at a place, by its first character: one slot per ASCII character, one
     * for all others (where every pattern is tried). Each slot is made the first time a text has its character at a
     * place to try, so that a one-file check pays only for the characters it meets.
     */
    private final class Starts {

        static final int OTHER = 128;
        static final int SLOTS = 129;
        /** A slot with no pattern to try. */
        private final Tried none = new Tried(null, new int[0], new int[0]);

        /** What is tried at a place: the alternation of some of the list's patterns, their indexes and groups. */
        private record Tried(Pattern pattern, int[] patterns, int[] groups) {
        }

        private final AtomicReferenceArray<Tried> slots = new AtomicReferenceArray<>(SLOTS);
        /** The slots made so far, by the patterns they try. */
        private final Map<List<Integer>, Tried> made = new ConcurrentHashMap<>();
        /** Each pattern alone, to ask which characters it can start with and how many groups it holds. */
        private volatile Pattern[] alone;

        /** The patterns to try at a place starting with the character of {@code slot}, or null when there are none. */
        Tried at(int slot) {
            Tried t = slots.get(slot);
            if (t == null) {
                t = make(slot);
                slots.compareAndSet(slot, null, t);
            }
            return t == none ? null : t;
        }

        private Tried make(int slot) {
            List<Integer> tried = new ArrayList<>();
            Pattern[] each = alone();
            for (int k = 0; k < regexes.size(); k++) {
                if (slot == OTHER || looksBehind(regexes.get(k)) || canStartWith(each[k], (char) slot)) {
                    tried.add(k);
                }
            }
            if (tried.isEmpty()) {
                return none;
            }
            Tried same = made.get(tried); // 'a' and 'A' try the same patterns, and often other letters too
            if (same != null) {
                return same;
            }
            int[] indexes = tried.stream().mapToInt(Integer::intValue).toArray();
            int[] groupCounts = tried.stream().mapToInt(k -> each[k].matcher("").groupCount()).toArray();
            Pattern alternation = Pattern.compile(alternation(tried.stream().map(regexes::get).toList()), Pattern.CASE_INSENSITIVE);
            Tried t = new Tried(alternation, indexes, groups(groupCounts));
            made.putIfAbsent(tried, t);
            return t;
        }

        /** Each pattern alone, case-insensitive as the list: made with the first slot. */
        private Pattern[] alone() {
            Pattern[] a = alone;
            if (a == null) {
                a = regexes.stream().map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE)).toArray(Pattern[]::new);
                alone = a;
            }
            return a;
        }

        /** A pattern that may look behind the place it starts at: one character alone cannot tell where it starts. */
        private static boolean looksBehind(String regex) {
            return regex.contains("(?<") || regex.contains("\\B") || regex.contains("\\G");
        }

        /** Whether a match of {@code p} can start with {@code c}: it matches c alone, or wants more after it. */
        private static boolean canStartWith(Pattern p, char c) {
            Matcher m = p.matcher(String.valueOf(c));
            return m.lookingAt() || m.hitEnd();
        }
    }
}

package dev.canvas.rules;

import java.util.BitSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;

/**
 * A list of names or phrases to look for (regulations, model providers, databases, vanity and outcome metrics).
 * Looking for any of them is one pass of their alternation over the text; telling which are there is one pass of
 * the alternation with each pattern a capturing group of it, so that each match tells which pattern it is (the
 * groups cost time at every attempt, so {@link #find} goes without them).
 *
 * <p>Two engines, by where the list comes from. A list a project's configuration gives (which a pull request may
 * write) runs on RE2/J ({@link ConfiguredPattern}): linear time whatever the pattern. The built-in lists, alternations
 * of plain names, run on java.util.regex: linear on such patterns, and without RE2/J's start-up (its Unicode tables
 * and compiling some 350 built-in patterns cost about 60 ms of every one-file check, measured with bench/profile.sh).
 */
final class PatternList {

    /** The matches of a pattern in a text, one after the other, as both engines' matchers give them. */
    private interface Matches {
        boolean find();

        int start();

        int end();

        /** Where capturing group {@code group} of the last match starts, or -1 when it took no part in it. */
        int start(int group);

        /** How many capturing groups the pattern has. */
        int groupCount();
    }

    /** An engine: a pattern compiled from a regex, as its matches in a text. */
    private interface Engine extends Function<String, Function<String, Matches>> {
    }

    private final List<String> regexes;
    private final boolean words;
    private final Engine engine;
    /** The alternation of all the patterns. */
    private final Function<String, Matches> any;
    /** The alternation with each pattern in a capturing group, made the first time {@link #which} needs it. */
    private Function<String, Matches> grouped;
    /** The capturing group of {@link #grouped} each pattern is. */
    private int[] groupOf;

    private PatternList(List<String> regexes, boolean words, Engine engine) {
        this.regexes = regexes;
        this.words = words;
        this.engine = engine;
        this.any = engine.apply(alternation("(?:", ")"));
    }

    /** The patterns joined, each between {@code open} and {@code close}, with one word boundary around them all. */
    private String alternation(String open, String close) {
        String alternation = regexes.isEmpty() ? open + "[^\\s\\S]" + close : open + String.join(close + "|" + open, regexes) + close;
        // one boundary around the alternation, not one per name: the engine tries it once at each position
        return words ? "\\b(?:" + alternation + ")\\b" : alternation;
    }

    /**
     * The list a rule's parameter {@code param} gives, else the rule's own {@code builtIn} list; case-insensitive;
     * {@code words}: each pattern must stand as whole words ({@code \b...\b}).
     */
    static PatternList of(RuleSpec spec, String param, List<String> builtIn, boolean words) {
        boolean configured = spec.params().containsKey(param);
        return new PatternList(configured ? spec.strings(param, builtIn) : builtIn, words,
                configured ? PatternList::re2j : PatternList::jdk);
    }

    /** Whether any of the patterns occurs in {@code text}. */
    boolean find(String text) {
        Matches m = any.apply(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                return true;
            }
        }
        return false;
    }

    /** The indexes of the patterns that occur in {@code text}: for each match, the pattern that made it. */
    BitSet which(String text) {
        int[] groups = groups();
        BitSet found = new BitSet(groups.length);
        Matches m = grouped.apply(text);
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            for (int k = 0; k < groups.length; k++) {
                if (m.start(groups[k]) >= 0) {
                    found.set(k);
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The group of each pattern in {@link #grouped}: pattern k's group follows those of the patterns before it and
     * the groups they hold, counted by the engine (which compiles each pattern alone for it, once).
     */
    private synchronized int[] groups() {
        if (groupOf == null) {
            grouped = engine.apply(alternation("(", ")"));
            int[] g = new int[regexes.size()];
            int next = 1;
            for (int k = 0; k < g.length; k++) {
                g[k] = next;
                next += 1 + engine.apply(regexes.get(k)).apply("").groupCount();
            }
            groupOf = g;
        }
        return groupOf;
    }

    private static Function<String, Matches> jdk(String regex) {
        // ASCII case folding: the built-in lists are ASCII names (ShortcutsTest holds them to it)
        Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        return text -> {
            var m = p.matcher(text);
            return matches(m::find, m::start, m::end, m::start, m::groupCount);
        };
    }

    private static Function<String, Matches> re2j(String regex) {
        ConfiguredPattern p = ConfiguredPattern.compile(regex);
        return text -> {
            var m = p.matcher(text); // RE2/J's matcher
            return matches(m::find, m::start, m::end, m::start, m::groupCount);
        };
    }

    /** The matches of either engine's matcher, by its methods (the two matchers share no interface). */
    private static Matches matches(BooleanSupplier find, IntSupplier start, IntSupplier end, IntUnaryOperator startOf,
            IntSupplier groupCount) {
        return new Matches() {
            @Override
            public boolean find() {
                return find.getAsBoolean();
            }

            @Override
            public int start() {
                return start.getAsInt();
            }

            @Override
            public int end() {
                return end.getAsInt();
            }

            @Override
            public int start(int group) {
                return startOf.applyAsInt(group);
            }

            @Override
            public int groupCount() {
                return groupCount.getAsInt();
            }
        };
    }
}

package dev.canvas.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of names or phrases to look for (regulations, model providers, databases, vanity and outcome metrics).
 * Looking for all of them is one pass of their alternation over the text; only the few short matches are then tried
 * against each pattern, to tell which it names.
 *
 * <p>Two engines, by where the list comes from. A list a project's configuration gives (which a pull request may
 * write) runs on RE2/J ({@link ConfiguredPattern}): linear time whatever the pattern. The built-in lists, alternations
 * of plain names, run on java.util.regex: linear on such patterns, and without RE2/J's start-up (its Unicode tables
 * and compiling some 350 built-in patterns cost about 60 ms of every one-file check, measured with bench/profile.sh).
 */
final class PatternList {

    /** One engine's view of a pattern: the spans of its matches in a text. */
    private interface Engine {
        List<int[]> spans(String text, boolean first);
    }

    private final List<String> wrapped;
    private final Function<String, Engine> compiler;
    private final Engine any;
    /** Each pattern, compiled the first time {@link #which} needs it (most rules only {@link #find}). */
    private final Engine[] each;

    private PatternList(List<String> regexes, boolean words, Function<String, Engine> compiler) {
        this.wrapped = regexes.stream().map(r -> wrap(r, words)).toList();
        this.compiler = compiler;
        // one boundary around the alternation, not one per name: the engine tries it once at each position
        this.any = compiler.apply(regexes.isEmpty() ? "[^\\s\\S]" : wrap(String.join("|", regexes), words));
        this.each = new Engine[regexes.size()];
    }

    private static String wrap(String regex, boolean words) {
        return words ? "\\b(?:" + regex + ")\\b" : "(?:" + regex + ")";
    }

    /**
     * The list a rule's parameter {@code param} gives, else the rule's own {@code builtIn} list; case-insensitive;
     * {@code words}: each pattern must stand as whole words ({@code \b...\b}).
     */
    static PatternList of(RuleSpec spec, String param, List<String> builtIn, boolean words) {
        boolean configured = spec.params().containsKey(param);
        return of(configured ? spec.strings(param, builtIn) : builtIn, words, !configured);
    }

    private static PatternList of(List<String> regexes, boolean words, boolean builtIn) {
        return new PatternList(regexes, words, builtIn ? PatternList::jdk : PatternList::re2j);
    }

    /** Whether any of the patterns occurs in {@code text}. */
    boolean find(String text) {
        return !any.spans(text, true).isEmpty();
    }

    /** The indexes of the patterns that occur in {@code text}. */
    BitSet which(String text) {
        BitSet found = new BitSet(each.length);
        List<int[]> spans = any.spans(text, false);
        for (int k = 0; k < each.length && !spans.isEmpty(); k++) {
            for (int[] s : spans) {
                // the match with a character of context, so that word boundaries are judged as in the whole text
                String around = text.substring(Math.max(0, s[0] - 1), Math.min(text.length(), s[1] + 1));
                if (!pattern(k).spans(around, true).isEmpty()) {
                    found.set(k);
                    break;
                }
            }
        }
        return found;
    }

    private synchronized Engine pattern(int k) {
        if (each[k] == null) {
            each[k] = compiler.apply(wrapped.get(k));
        }
        return each[k];
    }

    private static Engine jdk(String regex) {
        // ASCII case folding: the built-in lists are ASCII names (RegistrationTest holds them to it)
        Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        return (text, first) -> {
            Matcher m = p.matcher(text);
            return spans(m::find, m::start, m::end, first);
        };
    }

    private static Engine re2j(String regex) {
        ConfiguredPattern p = ConfiguredPattern.compile(regex);
        return (text, first) -> {
            var m = p.matcher(text); // RE2/J's matcher
            return spans(m::find, m::start, m::end, first);
        };
    }

    /** The spans of a matcher's non-empty matches, in order (only the first with {@code first}). */
    private static List<int[]> spans(BooleanSupplier find, IntSupplier start, IntSupplier end, boolean first) {
        List<int[]> out = new ArrayList<>();
        while (find.getAsBoolean() && end.getAsInt() > start.getAsInt()) {
            out.add(new int[] {start.getAsInt(), end.getAsInt()});
            if (first) {
                break;
            }
        }
        return out;
    }
}

package dev.canvas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.model.Severity;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Which patterns of a list a text names, on both engines: built-in (java.util.regex) and configured (RE2/J). */
class PatternListTest {

    private static final List<String> LIST = List.of("acme ?db", "(post)gres(ql)?", "(?:red)(is)", "cache");

    private static PatternList list(boolean configured) {
        Map<String, Object> params = configured ? Map.of("stores", LIST) : Map.of();
        RuleSpec spec = new RuleSpec("a-rule", "kind", Severity.GAP, "", params, RuleSpec.RuleDoc.NONE, Optional.empty(), "test");
        return PatternList.of(spec, "stores", LIST, true);
    }

    private static BitSet bits(int... k) {
        BitSet b = new BitSet();
        for (int i : k) {
            b.set(i);
        }
        return b;
    }

    @Test
    void eachMatchNamesItsPatternWhateverTheGroupsBeforeIt() {
        for (boolean configured : new boolean[] {false, true}) {
            PatternList l = list(configured);
            assertThat(l.which("AcmeDB for data, Redis as a cache")).as("configured %s", configured).isEqualTo(bits(0, 2, 3));
            assertThat(l.which("PostgreSQL only")).isEqualTo(bits(1));
            assertThat(l.which("postgresqlx, xredis, caches")).isEqualTo(bits()); // whole words only
            assertThat(l.which("")).isEqualTo(bits());
            assertThat(l.find("we use Redis")).isTrue();
            assertThat(l.find("we use nothing")).isFalse();
        }
    }

    /**
     * Patterns chosen to trip a list tried by first character: optional and repeated first characters, classes,
     * look-aheads, look-behinds and non-boundaries (which one character alone cannot tell), empty alternatives,
     * non-ASCII characters, case folding. For each, built-in, with and without word boundaries, {@link PatternList#which}
     * gives what one pass of the whole alternation gives (the list as it was matched before it was tried by first
     * character), on random texts.
     */
    @Test
    void triedByFirstCharacterAsTheWholeAlternation() {
        List<String> tricky = List.of("a?b", "\\d+x", ".y", "[^a-z]z", "k", "(?=ab)a", "(?!q)\\w+q", "#tag", " s", "é+", "ß",
                "(?<=x)y", "\\Bb", "x|", "(c|d)(e)?", "[wW]ord", "\\s+i", "-?1", "ÿ?", "o[134]", "gpt-?\\d\\w*", "nis ?2", "\\bcsat\\b");
        RuleSpec spec = new RuleSpec("a-rule", "kind", Severity.GAP, "", Map.of(), RuleSpec.RuleDoc.NONE, Optional.empty(), "test");
        Random r = new Random(17);
        for (boolean words : new boolean[] {true, false}) {
            for (int from = 0; from < tricky.size(); from += 4) {
                List<String> list = tricky.subList(from, Math.min(tricky.size(), from + 9));
                PatternList tried = PatternList.of(spec, "list", list, words);
                String alternation = "(" + String.join(")|(", list) + ")";
                Pattern whole = Pattern.compile(words ? "\\b(?:" + alternation + ")\\b" : alternation, Pattern.CASE_INSENSITIVE);
                for (int round = 0; round < 2000; round++) {
                    StringBuilder t = new StringBuilder(RandomTexts.text(r));
                    for (int k = r.nextInt(4); k > 0; k--) {
                        t.append(r.nextBoolean() ? " " : "").append(RandomTexts.text(r).substring(0, 0))
                                .append("xXyYzZqQaAbBkK#é É ß1-2 \t".charAt(r.nextInt(24)));
                    }
                    String text = t.toString();
                    assertThat(tried.which(text)).as("%s in '%s' (words %s)", list, text, words).isEqualTo(wholeWhich(whole, list, text));
                    assertThat(tried.find(text)).as("%s in '%s'", list, text).isEqualTo(!wholeWhich(whole, list, text).isEmpty());
                }
            }
        }
    }

    /** Which patterns one pass of the whole alternation names: the first group of each non-empty match. */
    private static BitSet wholeWhich(Pattern whole, List<String> list, String text) {
        int[] groups = new int[list.size()];
        int next = 1;
        for (int k = 0; k < groups.length; k++) {
            groups[k] = next;
            next += 1 + Pattern.compile(list.get(k)).matcher("").groupCount();
        }
        BitSet found = new BitSet();
        Matcher m = whole.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                for (int k = 0; k < groups.length; k++) {
                    if (m.start(groups[k]) >= 0) {
                        found.set(k);
                        break;
                    }
                }
            }
        }
        return found;
    }
}

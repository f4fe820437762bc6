package dev.canvas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.model.Severity;
import dev.canvas.text.MatchText;
import dev.canvas.text.Mojibake;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cheap checks that spare a costly step (a normalisation, a matcher) give the same answers as that step:
 * {@link MatchText#key} of ASCII and Latin-1 text, {@link NonAnswerRule#why}, {@link NotApplicableRule#mayBeNa},
 * {@link PatternList}'s one pass over a list, the ROI reader's role word at a position.
 */
class ShortcutsTest {

    private static final String[] PIECES = {"TBD", "tbd", "To", "be", "determined", "N/A", "n/a", "na", "NA", "none", "x",
            "xxx", "X", "XX", "___", "-?-", "TODO", "todo", "WIP", "fixme", "TBA", "tbc", "later", "Lorem", "ipsum", "fill", "in", "me", "your",
            "answer", "here", "what's", "it’s", "don't", "Not", "applicable", "out", "of", "scope", "other", "business",
            "priority", "architecture", "constraint", "{{x}}", "{{ id }}", "{{", "}}", "{x}", " ", "  ", "\t", "\n", "_",
            ".", "...", "…", "-", "—", "–", "?", "*", ":", "(", "[", "!", "'", "’", "é", "É", "ß", "ＴＢＤ", "ﬁ", "½", "Å",
            "âœ…", "Ã©", "ðŸš¨", "Wójcik", "LÉA", "×", "÷", "ÿ", "Þ", "ª", "µ", "²", "Ã", "Â", "K", "ı", "İ", "0", "42", "x9", "_x", "😀", "\u00A0", "\u2028", "Ünïcödé", "日本"};

    private static String random(Random r, int max) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(max);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
            if (r.nextInt(3) == 0) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    /** {@link MatchText#key} as it was: normalise, lower-case, then the words. */
    private static String originalKey(String text) {
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
                space = true;
            }
        }
        return out.toString();
    }

    @Test
    void keyOfAsciiAndOtherText() {
        for (int c = 0; c < 0x10000; c++) { // every character alone and between words
            String s = String.valueOf((char) c);
            assertThat(MatchText.key(s)).as("U+%04X", c).isEqualTo(originalKey(s));
            assertThat(MatchText.key("a" + s + "b")).as("a U+%04X b", c).isEqualTo(originalKey("a" + s + "b"));
        }
        Random r = new Random(3);
        for (int round = 0; round < 20_000; round++) {
            String s = random(r, 10);
            assertThat(MatchText.key(s)).as(s).isEqualTo(originalKey(s));
        }
        assertThat(MatchText.key("  What's the ROI?! ")).isEqualTo("whats the roi"); // an apostrophe joins
        assertThat(MatchText.key("--")).isEmpty();
    }

    @Test
    void notApplicableOnlyWhereItCanBe() {
        Random r = new Random(9);
        for (int round = 0; round < 50_000; round++) {
            String s = random(r, 6);
            if (!NotApplicableRule.mayBeNa(s)) {
                assertThat(NotApplicableRule.NA.matcher(s.strip()).matches()).as(s).isFalse();
            }
        }
        assertThat(NotApplicableRule.mayBeNa("  (n/a: out of scope)")).isTrue();
        assertThat(NotApplicableRule.mayBeNa("é N/A")).isTrue();
        assertThat(NotApplicableRule.mayBeNa("_n/a")).isFalse();
        assertThat(NotApplicableRule.mayBeNa("... ")).isFalse();
    }

    private static final List<List<String>> NAME_LISTS = List.of(ProviderFailoverRule.PROVIDERS, UnifiedPlatformRule.STORES,
            ComplianceNamedRule.REGULATIONS);
    private static final List<List<String>> PHRASE_LISTS = List.of(VanityMetricsRule.VANITY, VanityMetricsRule.OUTCOME);

    /**
     * The built-in lists are ASCII and lower-case outside their escapes ({@code \d}, {@code \b}), so that the
     * ASCII case folding they are matched with misses no spelling of a name a writer types.
     */
    @Test
    void builtInListsAreAsciiAndLowerCase() {
        for (List<String> list : concat(NAME_LISTS, PHRASE_LISTS)) {
            for (String p : list) {
                String letters = p.replaceAll("\\\\.", "");
                assertThat(p.chars().allMatch(c -> c < 128)).as(p).isTrue();
                assertThat(letters).as(p).isEqualTo(letters.toLowerCase(Locale.ROOT));
            }
        }
    }

    /**
     * {@link PatternList#which} (one pass of the whole alternation, one word boundary around it, each pattern a
     * group) names, for each match of the patterns each wrapped in its own boundaries and all joined, the first
     * pattern that matches where it starts: the one the alternation took.
     */
    @Test
    void patternListNamesWhatEachWrappedPatternNames() {
        RuleSpec spec = new RuleSpec("a-rule", "kind", Severity.GAP, "", Map.of(), RuleSpec.RuleDoc.NONE, Optional.empty(), "test");
        Random r = new Random(11);
        for (List<String> list : concat(NAME_LISTS, PHRASE_LISTS)) {
            boolean words = NAME_LISTS.contains(list);
            PatternList one = PatternList.of(spec, "list", list, words);
            List<Pattern> each = list.stream().map(p -> Pattern.compile(words ? "\\b(?:" + p + ")\\b" : "(?:" + p + ")",
                    Pattern.CASE_INSENSITIVE)).toList();
            Pattern joined = Pattern.compile(String.join("|", each.stream().map(Pattern::pattern).toList()), Pattern.CASE_INSENSITIVE);
            List<String> texts = new ArrayList<>(List.of("Azure OpenAI primary, Anthropic on Bedrock as failover",
                    "PostgreSQL with pgvector; Redis only as a cache", "GDPR, SOC 2 Type II and ISO/IEC 27001",
                    "gpt-4o-mini and o3-mini; self-hosted Llama", "weekly active users and time saved per ticket"));
            for (int round = 0; round < 3000; round++) {
                texts.add(RandomTexts.text(r) + " " + String.join(" ", list.get(r.nextInt(list.size())).split("\\|")));
            }
            for (String t : texts) {
                BitSet expected = new BitSet();
                Matcher m = joined.matcher(t);
                while (m.find() && m.end() > m.start()) {
                    for (int k = 0; k < each.size(); k++) {
                        Matcher alone = each.get(k).matcher(t).region(m.start(), t.length())
                                .useTransparentBounds(true).useAnchoringBounds(false);
                        if (alone.lookingAt()) {
                            assertThat(alone.end()).as(t).isEqualTo(m.end());
                            expected.set(k);
                            break;
                        }
                    }
                }
                assertThat(one.which(t)).as(t).isEqualTo(expected);
                assertThat(one.find(t)).as(t).isEqualTo(!expected.isEmpty());
            }
        }
    }

    /** The role word at a position, told by what starts there: as the role of the text from there, read whole. */
    @Test
    void roleWordAtAsTheRoleOfTheRest() {
        Random r = new Random(5);
        List<String> texts = new ArrayList<>(List.of("value: eur 825k, cost: eur 375k; roi = 120%",
                "return on investment 140% on a cost of eur 375k", "a benefit of eur 450k on a cost of eur 375k",
                "returns and costs", "cost value", "roi roiled the tco", "investment returns, invest wisely"));
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int w = r.nextInt(8); w >= 0; w--) {
                String[] pool = r.nextBoolean() ? RoiFigures.VALUE_WORDS : RoiFigures.COST_WORDS;
                b.append(r.nextInt(3) == 0 ? "roi" : r.nextInt(4) == 0 ? "return on investment" : pool[r.nextInt(pool.length)]);
                b.append(r.nextInt(3) == 0 ? "" : r.nextBoolean() ? " " : ", ");
            }
            texts.add(b + RandomTexts.text(r).toLowerCase(Locale.ROOT));
        }
        for (String t : texts) {
            for (int i = 0; i < t.length(); i++) {
                if (i > 0 && Character.isLetter(t.charAt(i - 1)) || !Character.isLetter(t.charAt(i))) {
                    continue;
                }
                assertThat(RoiFigures.roleWordAt(t, i)).as("%s at %d", t, i).isEqualTo(roleOfRest(t, i));
            }
        }
    }

    /** The role word at {@code i} as it was read: the role of the next 24 characters, if its word starts at 0. */
    private static RoiFigures.Role roleOfRest(String lower, int i) {
        String rest = lower.substring(i, Math.min(lower.length(), i + 24));
        RoiFigures.Role role = roleByEachList(rest);
        int at = switch (role) {
            case ROI -> RoiFigures.roiWord(rest);
            case VALUE -> firstOf(rest, RoiFigures.VALUE_WORDS);
            case COST -> firstOf(rest, RoiFigures.COST_WORDS);
            case NONE -> -1;
        };
        return at == 0 ? role : RoiFigures.Role.NONE;
    }

    /** {@link RoiFigures#role} (one pass over the word starts) says what the first word of each list said. */
    @Test
    void roleInOnePassAsByEachList() {
        Random r = new Random(7);
        List<String> texts = new ArrayList<>(List.of("xreturn on investment, cost eur 3k", "costly roi", "a roi of 120%",
                "value then cost", "cost then value", "the return on investment", "benefits; investment", "", "roi"));
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int w = r.nextInt(6); w >= 0; w--) {
                String[] pool = r.nextBoolean() ? RoiFigures.VALUE_WORDS : RoiFigures.COST_WORDS;
                String word = r.nextInt(4) == 0 ? "roi" : r.nextInt(5) == 0 ? "return on investment" : pool[r.nextInt(pool.length)];
                b.append(r.nextInt(4) == 0 ? "x" : "").append(word).append(r.nextInt(3) == 0 ? "" : r.nextBoolean() ? " " : ", ");
                b.append(RandomTexts.text(r).toLowerCase(Locale.ROOT));
            }
            texts.add(b.toString());
        }
        for (String t : texts) {
            assertThat(RoiFigures.role(t)).as(t).isEqualTo(roleByEachList(t));
        }
    }

    /** The role of a text as it was read: the first word of each list (indexOf), and which comes first. */
    private static RoiFigures.Role roleByEachList(String lower) {
        int value = firstOf(lower, RoiFigures.VALUE_WORDS);
        int cost = firstOf(lower, RoiFigures.COST_WORDS);
        int roi = RoiFigures.roiWord(lower);
        if (roi >= 0 && (value < 0 || roi < value) && (cost < 0 || roi < cost)) {
            return RoiFigures.Role.ROI;
        }
        if (value >= 0 && (cost < 0 || value < cost)) {
            return RoiFigures.Role.VALUE;
        }
        return cost >= 0 ? RoiFigures.Role.COST : RoiFigures.Role.NONE;
    }

    /** Where the first of the words starts that no letter comes before, or -1. */
    private static int firstOf(String lower, String... words) {
        int best = -1;
        for (String w : words) {
            int i = lower.indexOf(w);
            while (i > 0 && Character.isLetter(lower.charAt(i - 1))) {
                i = lower.indexOf(w, i + 1);
            }
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    private static List<List<String>> concat(List<List<String>> a, List<List<String>> b) {
        List<List<String>> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}

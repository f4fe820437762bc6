package dev.canvas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Needles} and {@link PatternSet}: a pattern looked for through its needles is found exactly where (and
 * as) the plain regex finds it, whatever the case, the Unicode and the word boundaries of the text.
 */
class PatternSetTest {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Every pattern the rules look for through needles, as the rules compile them. */
    static List<Pattern> builtIn() {
        List<Pattern> out = new ArrayList<>();
        out.addAll(AnswerText.patterns(UnifiedPlatformRule.STORES.stream().map(s -> "\\b(" + s + ")\\b").toList()));
        out.addAll(AnswerText.patterns(ProviderFailoverRule.PROVIDERS.stream().map(s -> "\\b(" + s + ")\\b").toList()));
        out.addAll(AnswerText.patterns(ComplianceNamedRule.REGULATIONS.stream().map(s -> "\\b(" + s + ")\\b").toList()));
        out.addAll(AnswerText.patterns(VanityMetricsRule.VANITY));
        out.addAll(AnswerText.patterns(VanityMetricsRule.OUTCOME));
        out.add(EconomicsAtScaleRule.TEN);
        out.add(EconomicsAtScaleRule.HUNDRED);
        ScaleMilestonesRule.MILESTONES.forEach(m -> out.add(m.pattern()));
        out.addAll(List.of(SlaMeasurableRule.RESPONSE, SlaMeasurableRule.AVAILABILITY, SlaMeasurableRule.THROUGHPUT,
                SlaMeasurableRule.RTO, UnifiedPlatformRule.NEGATED, ComplianceNamedRule.NONE_BECAUSE, RoiFigures.MONEY,
                RoiFigures.PERCENT, RoiFigures.ROI, RoiFigures.VALUE_ANYWHERE, RoiFigures.COST_ANYWHERE));
        return out;
    }

    /** Patterns a project could configure (stores, providers, metrics...), odd ones included. */
    static List<Pattern> custom() {
        List<Pattern> out = new ArrayList<>();
        for (String r : List.of("kafka", "\\bkafka\\b", "s3|gcs", "ibm", "\\b(ſkip)\\b", "straße", "café", "(?i)mongo",
                "x?y", "[a-c]+db", "dyn(amo)?db", "\\w+base", "l{2}ama", "(?<=x)ai", "(?<!x)ai\\b", "(?=k)k8s",
                "soc ?[12]", "[^a]pi", "hi?paa", "users?", "(number|count) of", "e?rror", "[0-9]+ calls", "%|percent",
                "(?-i)Time", "(?i:TIME) to", "a.c", "a\\.c", "\\d{2}\\s?%", "^tbd", "tbd$", "(?m)^- x", "[- ]?ab",
                "[x×]10", "€\\d+", "[$€£¥]\\s?\\d", "\\$\\d", "a\\tb", "a\\nb", "(a|b)+c", "(?:ab){2,}", "ab{0}c",
                "ab*?c", "ab++c", "K", "k", "İ", "ı", "i", "s", "\\d{2}%", "\\d+x", "\\d[\\d,]*k", "5\\d+", "\\d\\d+z",
                "(?<=1)2", "\\B\\d",
                "\\b?5x", "\\b{0}1+", "\\b*+0", "(?:\\b)?5x", "\\b??[\\d,]0", "x?\\d+", "[0-9]+%", "[0-9a]*b", "\\d+?0", "\\d++1", "(\\d+)?k", "\\d{2,}m")) {
            out.add(Pattern.compile(r, CI));
            out.add(Pattern.compile(r));
        }
        return out;
    }

    @Test
    void anAssertionThatMayBeLeftOutRequiresNothing() {
        // \\b? (or \\b*, \\b{0}) matches inside a run of digits: a set that tried only at word boundaries missed it
        List<String> texts = List.of("45x", "%101", "a5x", "x0", "12,0", "5x");
        for (String re : List.of("\\b?5x", "\\b{0}1+", "\\b*+0", "(?:\\b)?5x", "\\b??[\\d,]0", "\\b5x")) {
            PatternSet set = new PatternSet(List.of(Pattern.compile(re)));
            for (String t : texts) {
                assertThat(set.scan(t).find(0)).as(re + " in " + t).isEqualTo(Pattern.compile(re).matcher(t).find());
            }
        }
    }

    @Test
    void foldGivesEveryCharacterACaseInsensitivePatternMatchesWithAnAsciiLetter() {
        // what a needle compares is a text character's fold: it must be the letter's whenever the regex matches
        for (char letter = 'a'; letter <= 'z'; letter++) {
            for (String form : List.of(String.valueOf(letter), "[" + letter + "]", "" + letter + letter)) {
                for (int flags : List.of(Pattern.CASE_INSENSITIVE, CI)) {
                    Pattern p = Pattern.compile(form, flags);
                    for (int c = 0; c <= 0xFFFF; c++) {
                        String one = String.valueOf((char) c);
                        if (p.matcher(form.length() == 2 ? one + one : one).matches()) {
                            assertThat(Needles.fold((char) c)).as("U+%04X ~ %s", c, form).isEqualTo(letter);
                        }
                    }
                }
            }
        }
        assertThat(Needles.fold('\u212A')).isEqualTo('k');
        assertThat(Needles.fold('\u017F')).isEqualTo('s');
        assertThat(Needles.fold('\u0130')).isEqualTo('i');
        assertThat(Needles.fold('\u0131')).isEqualTo('i');
        assertThat(Needles.fold('É')).isEqualTo('É');
    }

    @Test
    void builtInPatternsAreLookedForThroughWhatTheyStartWith() {
        for (Pattern p : builtIn()) {
            assertThat(Needles.of(p).starts()).as(p.pattern()).isNotNull().isNotEmpty();
        }
        assertThat(Needles.of(EconomicsAtScaleRule.TEN).starts()).containsExactly("10", "ten");
        assertThat(Needles.of(EconomicsAtScaleRule.HUNDRED).starts()).containsExactly("100", "hundred", "a hundred");
        assertThat(Needles.of(SlaMeasurableRule.RTO).starts()).containsExactly("rto", "recovery time");
        assertThat(Needles.of(SlaMeasurableRule.AVAILABILITY).required()).containsExactly("%");
        assertThat(Needles.of(RoiFigures.MONEY).starts()).contains("$", "€", "£", "¥", "usd", "eur", "gbp", "0", "9");
        assertThat(Needles.of(Pattern.compile("\\b(iso ?27001)\\b", CI)))
                .isEqualTo(new Needles.Shape(List.of("iso"), List.of("27001"), true));
        assertThat(Needles.of(Pattern.compile("(weekly|monthly|daily) active", CI)).required()).containsExactly(" active");
        // a match starting inside a run of digits implies one starting before it: for these, not for \d{2}
        for (Pattern p : List.of(SlaMeasurableRule.RESPONSE, SlaMeasurableRule.THROUGHPUT, RoiFigures.PERCENT, RoiFigures.MONEY,
                Pattern.compile("\\bx"), Pattern.compile("x?\\d+"), Pattern.compile("\\d[0-9,]*y"), Pattern.compile("[0-9a]*b"))) {
            assertThat(Needles.of(p).digitRuns()).as(p.pattern()).isTrue();
        }
        for (Pattern p : List.of(SlaMeasurableRule.AVAILABILITY, EconomicsAtScaleRule.TEN, Pattern.compile("5\\d+"),
                Pattern.compile("(?<=1)2"), Pattern.compile("\\B\\d"), Pattern.compile("\\d{2,3}m"), Pattern.compile("(\\d+)?k"))) {
            assertThat(Needles.of(p).digitRuns()).as(p.pattern()).isFalse();
        }
    }

    @Test
    void givesUpOnWhatItDoesNotRead() {
        for (String r : List.of("\\Qa|b\\E", "(a)\\1", "(?x) a b", "(?U)\\w+x", "(?<n>ab)", "(?>ab)", "\\p{L}x", "\\x41b",
                "\\u0041b", "\\0101", "a|", "x?", "(ab)*", "\\b", "^", "(?=a)", "\\Gab", "[[a]b]", "[a&&b]c", "[a-c]-",
                "[\\w-z]", "😀ab", "[\\.-z]x")) {
            assertThat(Needles.of(Pattern.compile(r, CI))).as(r).isEqualTo(Needles.Shape.NONE);
        }
        // with comments or literal flags nothing is read either
        assertThat(Needles.of(Pattern.compile("ab", Pattern.COMMENTS))).isEqualTo(Needles.Shape.NONE);
        assertThat(Needles.of(Pattern.compile("a|b", Pattern.LITERAL))).isEqualTo(Needles.Shape.NONE);
        // a non-ASCII literal is a needle only where it matches itself alone
        assertThat(Needles.of(Pattern.compile("café")).starts()).containsExactly("café");
        assertThat(Needles.of(Pattern.compile("café", CI)).starts()).containsExactly("caf");
        assertThat(Needles.of(Pattern.compile("(?iu)café")).starts()).containsExactly("caf");
        assertThat(Needles.of(Pattern.compile("ı")).starts()).isNull(); // folds to i: never a needle
    }

    @Test
    void caseAndUnicodeNeverHideAMatch() {
        PatternSet stores = new PatternSet(AnswerText.patterns(List.of("\\b(kafka)\\b", "\\b(ibm)\\b", "\\b(s3)\\b", "\\b(postgres)\\b")));
        for (String text : List.of("\u212Aafka streams", "İBM cloud", "ıbm", "ſ3 buckets", "POSTGRES", "PostgreS")) {
            PatternSet.Hits h = stores.scan(text);
            boolean any = false;
            for (int k = 0; k < stores.size(); k++) {
                assertThat(h.find(k)).as(text + " ~ " + stores.pattern(k)).isEqualTo(stores.pattern(k).matcher(text).find());
                any |= h.find(k);
            }
            assertThat(any).as(text).isTrue();
        }
        // word boundaries are the regex's own
        for (String text : List.of("xpostgres", "postgres_", "postgresx", "9postgres", "é postgres", "postgres\u0301")) {
            PatternSet.Hits h = stores.scan(text);
            assertThat(h.find(3)).as(text).isEqualTo(stores.pattern(3).matcher(text).find());
        }
    }

    @Test
    void findsExactlyWhatTheRegexFinds() {
        List<Pattern> all = new ArrayList<>(builtIn());
        all.addAll(custom());
        PatternSet set = new PatternSet(all);
        Random r = new Random(20261201);
        for (int round = 0; round < 4000; round++) {
            String text = RandomTexts.text(r);
            PatternSet.Hits h = set.scan(text);
            for (int k = 0; k < set.size(); k++) {
                Pattern p = set.pattern(k);
                Matcher plain = p.matcher(text);
                boolean found = plain.find();
                String what = p.pattern() + " in \"" + text + "\"";
                assertThat(h.find(k)).as(what).isEqualTo(found);
                assertThat(h.firstStart(k)).as(what).isEqualTo(found ? plain.start() : -1);
                // every match, one search after the other, with its groups
                plain.reset();
                PatternSet.Hits.Found f = h.matches(k);
                while (plain.find()) {
                    assertThat(f.find()).as(what).isTrue();
                    assertThat(f.matcher().start()).as(what).isEqualTo(plain.start());
                    assertThat(f.matcher().end()).as(what).isEqualTo(plain.end());
                    for (int g = 1; g <= plain.groupCount(); g++) {
                        assertThat(f.matcher().group(g)).as(what + " group " + g).isEqualTo(plain.group(g));
                    }
                }
                assertThat(f.find()).as(what).isFalse();
            }
        }
    }

    @Test
    void setsOfOneOrNoPatternsAndEmptyTexts() {
        PatternSet none = new PatternSet(List.of());
        assertThat(none.scan("anything").anyPossible()).isFalse();
        PatternSet opaque = PatternSet.of(Pattern.compile("(a)\\1"));
        assertThat(opaque.scan("xaax").find(0)).isTrue();
        assertThat(opaque.scan("").find(0)).isFalse();
        PatternSet ten = PatternSet.of(EconomicsAtScaleRule.TEN);
        assertThat(ten.scan("").find(0)).isFalse();
        assertThat(ten.scan("1").find(0)).isFalse();
        assertThat(ten.scan("10").find(0)).isFalse();
        assertThat(ten.scan("10x").find(0)).isTrue();
        assertThat(ten.scan("x10x").find(0)).isFalse();
        assertThat(ten.scan("TEN-FOLD").find(0)).isTrue();
        assertThat(ten.scan("often fold").find(0)).isFalse();
        // inside runs of digits
        for (String text : List.of("199%", "x199 %", "a1,000 rps", "x1,000 rps", "1,0000 per second", "12345 ms", "9-12%", "x12.5%",
                "usd12k", "1212 a day", "99.99%")) {
            PatternSet sla = PatternSet.of(SlaMeasurableRule.RESPONSE, SlaMeasurableRule.AVAILABILITY, SlaMeasurableRule.THROUGHPUT,
                    RoiFigures.PERCENT, RoiFigures.MONEY);
            PatternSet.Hits h = sla.scan(text);
            for (int k = 0; k < sla.size(); k++) {
                Matcher m = sla.pattern(k).matcher(text);
                boolean found = m.find();
                assertThat(h.firstStart(k)).as(sla.pattern(k) + " in " + text).isEqualTo(found ? m.start() : -1);
            }
        }
    }
}

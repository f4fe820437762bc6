package dev.canvas.figures;

import dev.canvas.figures.Figure.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the figures of a text in one pass from left to right: each figure is read where it starts and the scan goes
 * on after it, so the time is linear in the text's length whatever it holds.
 *
 * <p>What is read (see {@link Figure.Kind}):
 * <ul>
 *   <li>numbers with thousands by comma, dot, space, no-break space or apostrophe ({@code 1,500,000},
 *       {@code 1.500.000}, {@code 1 500 000}, {@code 1'200'000}) and a decimal point or comma ({@code 2.5},
 *       {@code 2,5}); {@code 1,500} and {@code 1.500} alone have two readings: the one the rest of the text's
 *       notation makes likely is taken, and the figure is not {@link Figure#exact exact};</li>
 *   <li>multipliers k, M (MM, mn, Mio, million), bn (B, billion) and, beside a currency, m;</li>
 *   <li>currencies before or after the number, as a symbol or an ISO code ({@code $1.2M}, {@code 1.500.000 €},
 *       {@code EUR 2.4 million}, {@code CHF 1'200'000});</li>
 *   <li>percentages, durations ({@code ms}, {@code s}, {@code min}, {@code h}, {@code 1h30}, days, weeks, months,
 *       years), rates ({@code 10 req/s}, {@code 300 reviews/h}, {@code 2,000 documents per day}, {@code 40 RPS}),
 *       multiples ({@code 10x}, {@code ×100}, {@code 10-fold}, "ten times"), dates and quarters.</li>
 * </ul>
 * A number glued to letters before it ({@code p95}, {@code GPT-4o}'s letters, {@code ISO27001}) is part of a name,
 * not a figure.
 */
public final class FigureReader {

    private static final Set<String> CURRENCY_CODES = Set.of("eur", "usd", "gbp", "chf", "sek", "nok", "dkk", "jpy", "cad",
            "aud", "inr", "pln", "czk", "huf", "brl", "mxn", "sgd", "hkd", "nzd", "zar", "cny", "rmb", "krw", "aed", "sar");
    private static final Set<String> CURRENCY_WORDS = Set.of("euro", "euros", "dollar", "dollars", "pound", "pounds",
            "franc", "francs", "yen", "kronor", "kroner", "rupees");
    /** Time units and their length in seconds. */
    private static final Map<String, Long> TIME_UNITS = Map.ofEntries(
            Map.entry("ms", 0L), Map.entry("msec", 0L), Map.entry("msecs", 0L),
            Map.entry("millis", 0L), Map.entry("millisecond", 0L), Map.entry("milliseconds", 0L),
            Map.entry("s", 1L), Map.entry("sec", 1L), Map.entry("secs", 1L),
            Map.entry("second", 1L), Map.entry("seconds", 1L),
            Map.entry("min", 60L), Map.entry("mins", 60L), Map.entry("minute", 60L),
            Map.entry("minutes", 60L),
            Map.entry("h", 3600L), Map.entry("hr", 3600L), Map.entry("hrs", 3600L),
            Map.entry("hour", 3600L), Map.entry("hours", 3600L),
            Map.entry("d", 86400L), Map.entry("day", 86400L), Map.entry("days", 86400L),
            Map.entry("wk", 604800L), Map.entry("wks", 604800L), Map.entry("week", 604800L),
            Map.entry("weeks", 604800L),
            Map.entry("mo", 2592000L), Map.entry("mos", 2592000L), Map.entry("month", 2592000L),
            Map.entry("months", 2592000L),
            Map.entry("y", 31536000L), Map.entry("yr", 31536000L), Map.entry("yrs", 31536000L),
            Map.entry("year", 31536000L), Map.entry("years", 31536000L));
    /** Words that end a rate on their own ("3,000 tickets daily"). */
    private static final Set<String> RATE_ADVERBS = Set.of("daily", "hourly", "weekly", "monthly", "yearly", "annually", "nightly");
    /** Words that end the search for a rate: what follows them is a time frame, not a rate's unit. */
    private static final Set<String> RATE_STOP_WORDS = Set.of("within", "in", "after", "by", "over", "for", "from", "to",
            "until", "before", "during", "at", "on", "and", "or", "than", "is", "are", "was", "were");
    /** Numbers written as words, read before a time unit ("one hour", "fifteen minutes"). */
    private static final Map<String, BigDecimal> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", BigDecimal.ONE), Map.entry("two", BigDecimal.valueOf(2)),
            Map.entry("three", BigDecimal.valueOf(3)), Map.entry("four", BigDecimal.valueOf(4)),
            Map.entry("five", BigDecimal.valueOf(5)), Map.entry("six", BigDecimal.valueOf(6)),
            Map.entry("eight", BigDecimal.valueOf(8)), Map.entry("ten", BigDecimal.TEN),
            Map.entry("twelve", BigDecimal.valueOf(12)), Map.entry("fifteen", BigDecimal.valueOf(15)),
            Map.entry("twenty", BigDecimal.valueOf(20)), Map.entry("thirty", BigDecimal.valueOf(30)),
            Map.entry("sixty", BigDecimal.valueOf(60)), Map.entry("ninety", BigDecimal.valueOf(90)),
            Map.entry("half", new BigDecimal("0.5")));
    /** Multiples in words ("ten times", "tenfold"), by the value they multiply by. */
    private static final Map<String, BigDecimal> MULTIPLE_WORDS = Map.of("ten", BigDecimal.TEN, "tenfold", BigDecimal.TEN,
            "hundred", BigDecimal.valueOf(100), "hundredfold", BigDecimal.valueOf(100), "thousand", BigDecimal.valueOf(1000),
            "thousandfold", BigDecimal.valueOf(1000));
    /** The words {@link #word} reads when no digit follows them: numbers and multiples in words. */
    private static final Set<String> COUNT_WORDS = Stream.concat(NUMBER_WORDS.keySet().stream(),
            MULTIPLE_WORDS.keySet().stream()).collect(Collectors.toUnmodifiableSet());
    private static final int COUNT_WORD_MIN = COUNT_WORDS.stream().mapToInt(String::length).min().orElse(0);
    private static final int COUNT_WORD_MAX = COUNT_WORDS.stream().mapToInt(String::length).max().orElse(0);
    /** By character: whether a word of {@link #COUNT_WORDS} starts with it. */
    private static final boolean[] COUNT_WORD_FIRST = new boolean[128];

    static {
        COUNT_WORDS.forEach(w -> COUNT_WORD_FIRST[w.charAt(0)] = true);
    }

    /** Rate abbreviations ({@code 40 RPS}). */
    private static final Set<String> RATE_CODES = Set.of("rps", "qps", "tps", "rpm", "rph", "rpd", "ops", "eps", "mps");
    /** Words between a number and "per"/"/" that may name what is counted ("10 new claims per hour"). */
    private static final int MAX_RATE_WORDS = 3;

    private final String s;
    /** The characters of {@link #s}, read by index: String.charAt is a call per character in C1, as the launcher runs. */
    private final char[] cs;
    private final int n;
    /** The text writes decimals with a comma somewhere ({@code 99,9}, {@code 2,5 s}). */
    private final boolean decimalComma;
    /** The text groups thousands with a dot somewhere ({@code 1.500.000}). */
    private final boolean dotThousands;
    private final List<Figure> out = new ArrayList<>();

    /**
     * How a text writes its numbers, as far as one number can show it: with a decimal comma ({@code 99,9},
     * {@code 2,5 s}), with dots between thousands ({@code 1.500.000}). It decides the reading of a number such as
     * {@code 1.500} that has two.
     */
    public record Notation(boolean decimalComma, boolean dotThousands) {
    }

    /** The notation of {@code text}: read it from a whole answer, then read its parts with it. */
    public static Notation notation(String text) {
        return new FigureReader(text, null).notation;
    }

    private final Notation notation;

    private FigureReader(String text, Notation given) {
        this.cs = text.toCharArray();
        this.s = normalise(cs) ? new String(cs) : text;
        this.n = cs.length;
        if (given != null) {
            this.notation = given;
            this.decimalComma = given.decimalComma();
            this.dotThousands = given.dotThousands();
            return;
        }
        boolean comma = false;
        boolean dots = false;
        for (int i = 1; i + 1 < n; i++) {
            char c = cs[i];
            if ((c == ',' || c == '.') && isDigit(cs[i - 1]) && isDigit(cs[i + 1])) {
                int run = digitRun(i + 1);
                if (c == ',' && run != 3) {
                    comma = true;
                } else if (c == '.' && run == 3 && i + 4 < n && cs[i + 4] == '.' && i + 5 < n && isDigit(cs[i + 5])) {
                    dots = true;
                }
            }
        }
        this.decimalComma = comma;
        this.dotThousands = dots;
        this.notation = new Notation(comma, dots);
    }

    /** The figures of {@code text}, in the order they start, read in the text's own {@link #notation}. */
    public static List<Figure> read(String text) {
        return read(text, null);
    }

    /** The figures of {@code text} (a part of a longer answer), read in that answer's {@code notation}. */
    public static List<Figure> read(String text, Notation notation) {
        FigureReader r = new FigureReader(text, notation);
        r.scan();
        return List.copyOf(r.out);
    }

    /**
     * Whether {@link #read} may find a multiple ({@code 10x}, {@code ×100}, {@code 10-fold}, "ten times") in
     * {@code text}: false only where it finds none, for a text with no "fold" or "times" and no x or × beside a
     * digit (spaces between). A rule that wants only multiples skips the full reading of most answers with it
     * (FigureReaderTest holds it to {@link #read} on random texts).
     */
    public static boolean mayHoldMultiple(String text) {
        // String.indexOf, not a loop of charAt: the search is the JDK's own loop, several times faster under C1
        for (char x : new char[] {'x', 'X', '\u00D7'}) {
            for (int i = text.indexOf(x); i >= 0; i = text.indexOf(x, i + 1)) {
                int k = i - 1;
                while (k >= 0 && (Character.isWhitespace(text.charAt(k)) || Character.isSpaceChar(text.charAt(k)))) {
                    k--;
                }
                if (k >= 0 && Character.isDigit(text.charAt(k)) || i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                    return true;
                }
            }
        }
        // "fold" and "times" in any case, as the reader compares them: only t, T, f and F fold to their first letter
        for (char first : new char[] {'t', 'T', 'f', 'F'}) {
            String word = first == 't' || first == 'T' ? "times" : "fold";
            for (int i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
                if (text.regionMatches(true, i, word, 0, word.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The text with the characters that word processors put between a number and its unit, or in place of a minus,
     * made plain: no-break and thin spaces become a space, the minus sign a hyphen, the typographic apostrophe a
     * straight one. Every offset stays where it was (one character for one).
     */
    public static String normalise(String text) {
        char[] c = text.toCharArray();
        return normalise(c) ? new String(c) : text;
    }

    /** {@link #normalise(String)} in place; whether a character changed. */
    private static boolean normalise(char[] c) {
        boolean changed = false;
        for (int i = 0; i < c.length; i++) {
            if (c[i] < '\u00A0' && c[i] != '\t') {
                continue; // ASCII but the tab: plain already
            }
            char to = switch (c[i]) {
                case '\u00A0', '\u202F', '\u2007', '\u2009', '\u200A', '\u2008', '\u2002', '\u2003', '\t' -> ' ';
                case '\u2212' -> '-';
                case '\u2019', '\u02BC' -> '\'';
                default -> c[i];
            };
            changed |= to != c[i];
            c[i] = to;
        }
        return changed;
    }

    private void scan() {
        int i = 0;
        while (i < n) {
            char c = cs[i];
            if (isDigit(c)) {
                i = number(i, true);
            } else if ((c == 'x' || c == 'X' || c == '×') && i + 1 < n && isDigit(cs[i + 1])
                    && (i == 0 || !isLetterOrDigit(cs[i - 1]))) {
                int end = digitRun(i + 1) + i + 1;
                if (!letterAt(end)) {
                    add(Kind.MULTIPLE, new BigDecimal(s.substring(i + 1, end)), "x", i, end, true);
                }
                i = end;
            } else if (isLetter(c)) {
                i = word(i);
            } else {
                i++;
            }
        }
    }

    /** A word starting at {@code i}: a multiple in words, a quarter, a currency code glued to its amount, or a name. */
    private int word(int i) {
        int end = i;
        while (end < n && isLetter(cs[end])) {
            end++;
        }
        boolean digitAfter = end < n && isDigit(cs[end]);
        if (!digitAfter && !mayCount(i, end)) {
            return end; // most words: neither glued to a number nor a number in words
        }
        String w = s.substring(i, end).toLowerCase(Locale.ROOT);
        if (digitAfter) {
            if (CURRENCY_CODES.contains(w)) {
                return number(end, true); // EUR1.5M: the number reads its currency before it
            }
            if ((w.equals("q") || w.equals("h")) && end + 1 <= n && "1234".indexOf(cs[end]) >= 0
                    && (end + 1 == n || !isLetterOrDigit(cs[end + 1]))) {
                int stop = end + 1;
                int year = yearAfter(stop);
                add(Kind.DATE, BigDecimal.valueOf(cs[end] - '0'), w, i, year > 0 ? year : stop, true);
                return year > 0 ? year : stop;
            }
            // a name with digits (p95, ISO27001, H100, GPT4): skip it whole
            while (end < n && (isLetterOrDigit(cs[end]) || cs[end] == '_')) {
                end++;
            }
            return end;
        }
        BigDecimal count = NUMBER_WORDS.get(w);
        if (count != null && end < n) {
            // "one hour", "four hours", "thirty minutes": a duration in words
            int k = end < n && (cs[end] == ' ' || cs[end] == '-') ? end + 1 : end;
            String unit = wordAt(k).toLowerCase(Locale.ROOT);
            if (unit.length() > 1 && TIME_UNITS.containsKey(unit) && !unit.startsWith("m") || unit.startsWith("min")
                    || unit.equals("months") || unit.equals("month")) {
                long unitSeconds = TIME_UNITS.getOrDefault(unit, 0L);
                if (unitSeconds > 0) {
                    add(Kind.DURATION, count.multiply(BigDecimal.valueOf(unitSeconds)), unit, i, k + unit.length(), true);
                    return k + unit.length();
                }
            }
        }
        BigDecimal times = MULTIPLE_WORDS.get(w);
        if (times != null) {
            if (w.endsWith("fold")) {
                add(Kind.MULTIPLE, times, "x", i, end, true);
                return end;
            }
            int k = end < n && (cs[end] == ' ' || cs[end] == '-') ? end + 1 : end;
            for (String after : new String[] {"times", "fold"}) {
                if (s.regionMatches(true, k, after, 0, after.length()) && !letterAt(k + after.length())) {
                    add(Kind.MULTIPLE, times, "x", i, k + after.length(), true);
                    return k + after.length();
                }
            }
        }
        return end;
    }

    /**
     * Whether the word from {@code i} to {@code end} may be one of {@link #COUNT_WORDS}: it has the length and the
     * first letter of one. Tells most words apart without making them a lower-case string.
     */
    private boolean mayCount(int i, int end) {
        int len = end - i;
        char first = cs[i] >= 'A' && cs[i] <= 'Z' ? (char) (cs[i] + ('a' - 'A')) : cs[i];
        return len >= COUNT_WORD_MIN && len <= COUNT_WORD_MAX && first < COUNT_WORD_FIRST.length && COUNT_WORD_FIRST[first];
    }

    /** A year ({@code 2027}, {@code '27}, {@code /2027}, {@code -27}) right after a quarter; its end, or -1. */
    private int yearAfter(int i) {
        int k = i;
        if (k < n && (cs[k] == ' ' || cs[k] == '/' || cs[k] == '-' || cs[k] == '\'')) {
            k++;
        }
        if (k < n && cs[k] == '\'') {
            k++;
        }
        int run = digitRun(k);
        return (run == 4 || run == 2) && !letterAt(k + run) ? k + run : -1;
    }

    /**
     * Reads the figure whose digits start at {@code start}; returns where the scan goes on. {@code range}: the number
     * may open a range ("1-2M"); the range's second number may not open another (a run of "1-2-1-2..." is read pair
     * by pair, never by recursion).
     */
    private int number(int start, boolean range) {
        if (start > 0 && (isLetter(cs[start - 1]) && currencyBefore(start) == null || isDigit(cs[start - 1]))) {
            // glued to a word (p95, H100): part of a name
            int end = start;
            while (end < n && (isLetterOrDigit(cs[end]) || cs[end] == '_')) {
                end++;
            }
            return end;
        }
        int intDigits = digitRun(start);
        int j = start + intDigits;
        int date = date(start, intDigits);
        if (date > 0) {
            add(Kind.DATE, BigDecimal.ZERO, "date", start, date, true);
            return date;
        }
        // thousands groups
        char sep = 0;
        int groups = 0;
        int indian = indianGrouping(j, intDigits);
        if (indian > 0) {
            // "2,94,00,000" (lakh and crore): pairs of digits, then the last three
            sep = ',';
            groups = 2;
            j = indian;
        }
        while (indian < 0 && (j < n && intDigits <= 3 || j < n && groups > 0)) {
            char c = cs[j];
            boolean candidate = (c == ',' || c == '.' || c == ' ' || c == '\'') && (sep == 0 || c == sep)
                    && digitRun(j + 1) == 3;
            if (!candidate) {
                break;
            }
            sep = c;
            groups++;
            j += 4;
        }
        if (sep == ' ' && groups > 0 && !groupedBySpaceFits(start, j)) {
            // "at 10 100 users"-like runs are read as written, one number at a time
            j = start + intDigits;
            sep = 0;
            groups = 0;
        }
        StringBuilder digits = new StringBuilder(j - start);
        for (int k = start; k < j; k++) {
            if (isDigit(cs[k])) {
                digits.append(cs[k]);
            }
        }
        String frac = "";
        boolean exact = true;
        if (j + 1 < n && (cs[j] == '.' || cs[j] == ',') && cs[j] != sep && isDigit(cs[j + 1])
                && (sep != '.' || cs[j] == ',') && (sep != ',' || cs[j] == '.')) {
            int run = digitRun(j + 1);
            frac = s.substring(j + 1, j + 1 + run);
            j += 1 + run;
        }
        String currencyBefore = currencyBefore(start);
        int figStart = currencyBefore != null ? currencyStart(start) : start;
        boolean negative = false;
        if (figStart > 0 && cs[figStart - 1] == '-' && (figStart == 1 || !isLetterOrDigit(cs[figStart - 2]))) {
            negative = true;
            figStart--;
        }
        if (groups == 1 && frac.isEmpty() && (sep == ',' || sep == '.')) {
            // 1,500 or 1.500: thousands, or a decimal with three places
            boolean thousands = sep == ',' ? !decimalComma || dotThousands : dotThousands || decimalComma
                    || currencyBefore != null;
            exact = sep == ',' ? !decimalComma : dotThousands || decimalComma;
            if (!thousands) {
                String all = digits.toString();
                frac = all.substring(all.length() - 3);
                digits.setLength(all.length() - 3);
            }
        }
        BigDecimal value = new BigDecimal(digits + (frac.isEmpty() ? "" : "." + frac));
        if (negative) {
            value = value.negate();
        }
        int second = range ? rangeEnd(j) : -1;
        if (second > 0) {
            // "$1-2M", "10–20 s", "500 to 1000 req/s": the first number takes the unit of the second; neither is exact
            int size = out.size();
            int end = number(second, false);
            if (out.size() > size) {
                Figure hi = out.get(out.size() - 1);
                Figure lo = new Figure(hi.kind(), scaled(value, hi, second), hi.unit(), figStart, j, false);
                out.set(out.size() - 1, new Figure(hi.kind(), hi.value(), hi.unit(), hi.start(), hi.end(), false));
                out.add(out.size() - 1, lo);
            }
            return end;
        }
        return suffix(figStart, j, value, currencyBefore, exact);
    }

    /**
     * The end of Indian digit grouping after a number's first digits at {@code j}: one or more ",dd" then ",ddd"
     * ({@code 1,97,60,000}; {@code 58,40,000}); -1 when the digits are not grouped so.
     */
    private int indianGrouping(int j, int intDigits) {
        if (intDigits > 2) {
            return -1;
        }
        int k = j;
        int pairs = 0;
        while (k < n && cs[k] == ',' && digitRun(k + 1) == 2 && k + 3 < n && cs[k + 3] == ',') {
            k += 3;
            pairs++;
        }
        return pairs > 0 && k < n && cs[k] == ',' && digitRun(k + 1) == 3 ? k + 4 : -1;
    }

    /** Where the second number of a range starts ("1-2M", "10 – 20", "500 to 1000"), or -1. */
    private int rangeEnd(int j) {
        int k = j;
        if (k < n && cs[k] == ' ') {
            k++;
        }
        if (k < n && (cs[k] == '-' || cs[k] == '\u2013' || cs[k] == '\u2014')) {
            k++;
        } else if (s.startsWith("to ", k)) {
            k += 2;
        } else {
            return -1;
        }
        if (k < n && cs[k] == ' ') {
            k++;
        }
        if (k < n && "$€£¥₹".indexOf(cs[k]) >= 0) {
            k++;
        }
        return k < n && isDigit(cs[k]) && (k == 0 || !isDigit(cs[k - 1])) ? k : -1;
    }

    /** The low end of a range in the unit of its high end: the multiplier that made the high end applies to it too. */
    private BigDecimal scaled(BigDecimal low, Figure hi, int hiDigits) {
        int e = hiDigits;
        while (e < n && (isDigit(cs[e]) || cs[e] == '.' || cs[e] == ',')) {
            e++;
        }
        BigDecimal written;
        try {
            written = new BigDecimal(s.substring(hiDigits, e).replace(",", "."));
        } catch (NumberFormatException ex) {
            return low;
        }
        if (written.signum() == 0 || hi.kind() == Kind.DATE) {
            return low;
        }
        return low.multiply(hi.value()).divide(written, java.math.MathContext.DECIMAL64);
    }

    /**
     * What follows a number decides its kind: a percent sign, a multiplier, a currency, a multiple, a time unit, a
     * rate. Returns where the scan goes on.
     */
    private int suffix(int figStart, int j, BigDecimal value, String currency, boolean exact) {
        int k = skipSpace(j);
        // percentage
        if (k < n && cs[k] == '%') {
            add(Kind.PERCENT, value, "%", figStart, k + 1, exact);
            return k + 1;
        }
        String w = wordAt(k);
        String lw = w.toLowerCase(Locale.ROOT);
        if (lw.equals("percent") || lw.equals("pct") || lw.equals("per") && wordAt(skipSpace(k + 3)).equalsIgnoreCase("cent")) {
            int end = lw.equals("per") ? skipSpace(k + 3) + 4 : k + w.length();
            add(Kind.PERCENT, value, "%", figStart, end, exact);
            return end;
        }
        // multiplier
        BigDecimal scale = null;
        String mult = "";
        if (!w.isEmpty()) {
            switch (lw) {
                case "k", "thousand", "tsd" -> scale = BigDecimal.valueOf(1_000);
                case "mm", "mn", "mio", "million", "millions" -> scale = BigDecimal.valueOf(1_000_000);
                case "bn", "billion", "billions" -> scale = BigDecimal.valueOf(1_000_000_000);
                default -> {
                }
            }
            if (w.equals("M")) {
                scale = BigDecimal.valueOf(1_000_000);
            } else if ((w.equals("m") || w.equals("B")) && (currency != null || currencyAt(skipSpace(k + 1)) != null)) {
                scale = BigDecimal.valueOf(w.equals("m") ? 1_000_000 : 1_000_000_000);
            }
            if (scale != null) {
                mult = lw;
                value = value.multiply(scale);
                k += w.length();
                if (k < n && cs[k] == '.' && (lw.equals("mio") || lw.equals("tsd") || lw.equals("mn"))) {
                    k++;
                }
            }
        }
        int afterMult = scale != null ? k : j;
        String currencyAfter = currencyAt(skipSpace(k));
        if (currency == null && currencyAfter != null) {
            currency = currencyAfter;
            int at = skipSpace(k);
            k = at + currencyLength(at);
        }
        if (currency != null) {
            add(Kind.MONEY, value, currency, figStart, currencyAfter != null ? k : afterMult, exact);
            return currencyAfter != null ? k : afterMult;
        }
        if (scale != null) {
            int rate = rate(skipSpace(k));
            if (rate > 0) {
                add(Kind.RATE, value, rateUnit, figStart, rate, exact);
                return rate;
            }
            add(Kind.MONEY, value, "", figStart, k, exact);
            return k;
        }
        // a multiple: 10x, 10 ×, 10-fold, 10 times
        int m = multiple(j);
        if (m > 0) {
            add(Kind.MULTIPLE, value, "x", figStart, m, exact);
            return m;
        }
        // "30-minute RTO", "4-hour window": a duration written as an adjective
        if (j < n && cs[j] == '-' && TIME_UNITS.containsKey(wordAt(j + 1).toLowerCase(Locale.ROOT))
                && wordAt(j + 1).length() > 1) {
            String unit = wordAt(j + 1).toLowerCase(Locale.ROOT);
            long unitSeconds = TIME_UNITS.get(unit);
            BigDecimal seconds = unitSeconds == 0 ? value.movePointLeft(3) : value.multiply(BigDecimal.valueOf(unitSeconds));
            add(Kind.DURATION, seconds, unit, figStart, j + 1 + unit.length(), exact);
            return j + 1 + unit.length();
        }
        // a duration: 800 ms, 2,5 s, 1h30
        if (!w.isEmpty() && TIME_UNITS.containsKey(lw)) {
            int end = k + w.length();
            long unitSeconds = TIME_UNITS.get(lw);
            BigDecimal seconds = unitSeconds == 0 ? value.movePointLeft(3) : value.multiply(BigDecimal.valueOf(unitSeconds));
            if (lw.equals("h") && k == j && digitRun(end) == 2) {
                // 1h30, 1h30m, 1h30min
                seconds = seconds.add(BigDecimal.valueOf(60L * Integer.parseInt(s.substring(end, end + 2))));
                end += 2;
                String tail = wordAt(end).toLowerCase(Locale.ROOT);
                if (tail.equals("m") || tail.equals("min") || tail.equals("mins")) {
                    end += tail.length();
                }
            }
            // "2 hours a day" is a duration still; "5 s per request" too
            int rate = unitSeconds >= 86400 ? -1 : rateAfterUnit(end);
            if (rate > 0) {
                add(Kind.RATE, value, rateUnit, figStart, rate, exact);
                return rate;
            }
            add(Kind.DURATION, seconds, lw, figStart, end, exact);
            return end;
        }
        int rate = rate(k);
        if (rate > 0) {
            add(Kind.RATE, value, rateUnit, figStart, rate, exact);
            return rate;
        }
        add(Kind.NUMBER, value, "", figStart, j, exact);
        return j;
    }

    /** The unit of the last rate {@link #rate} read, such as {@code per h}. */
    private String rateUnit = "";

    /**
     * A rate that starts at {@code k} (after the number and its multiplier): up to three words naming what is
     * counted, then {@code /unit}, "per unit", "a unit", "each unit", "every unit", or a rate code (RPS), or an
     * adverb (daily). Its end, or -1.
     */
    private int rate(int k) {
        int i = k;
        for (int words = 0; words <= MAX_RATE_WORDS && i < n; words++) {
            String w = wordAt(i);
            String lw = w.toLowerCase(Locale.ROOT);
            if (w.isEmpty()) {
                break;
            }
            if (words == 0 && RATE_CODES.contains(lw) && !letterAt(i + w.length())) {
                rateUnit = lw;
                return i + w.length();
            }
            if (RATE_STOP_WORDS.contains(lw)) {
                return -1; // "200 users within a month": a milestone, not a rate
            }
            if (RATE_ADVERBS.contains(lw)) {
                rateUnit = "per " + lw;
                return i + w.length();
            }
            int per = per(i);
            if (per > 0) {
                return per;
            }
            int end = i + w.length();
            if (end < n && cs[end] == '/') {
                int unitEnd = timeUnit(end + 1);
                if (unitEnd > 0) {
                    rateUnit = "per " + s.substring(end + 1, unitEnd).toLowerCase(Locale.ROOT);
                    return unitEnd;
                }
                return -1;
            }
            if (end < n && cs[end] == '-') {
                end++; // "new-hire requests per day"
            }
            i = skipSpace(end);
            if (i == end && i < n && !isLetter(cs[i])) {
                break;
            }
        }
        return i < n && cs[i] == '/' ? timeUnitEnd(i + 1) : -1;
    }

    private int timeUnitEnd(int i) {
        int end = timeUnit(i);
        if (end > 0) {
            rateUnit = "per " + s.substring(i, end).toLowerCase(Locale.ROOT);
        }
        return end;
    }

    /** Right after a time unit ("5 min/day" is not asked for): "/unit" or "per unit" makes a rate of time. */
    private int rateAfterUnit(int i) {
        if (i < n && cs[i] == '/') {
            return timeUnitEnd(i + 1);
        }
        return -1;
    }

    /** "per unit", "a unit", "an unit", "each unit", "every unit" starting at {@code i}: its end, or -1. */
    private int per(int i) {
        String w = wordAt(i).toLowerCase(Locale.ROOT);
        if (!(w.equals("per") || w.equals("a") || w.equals("an") || w.equals("each") || w.equals("every") || w.equals("/"))) {
            return -1;
        }
        int u = skipSpace(i + w.length());
        String unit = wordAt(u).toLowerCase(Locale.ROOT);
        if (unit.equals("business") || unit.equals("working") || unit.equals("calendar")) {
            u = skipSpace(u + unit.length());
            unit = wordAt(u).toLowerCase(Locale.ROOT);
        }
        int end = timeUnit(u);
        if (end > 0 && (!w.equals("a") && !w.equals("an") || unit.length() > 1)) {
            rateUnit = "per " + unit;
            return end;
        }
        return -1;
    }

    /** A time unit word at {@code i} (not days and longer for a plain letter): its end, or -1. */
    private int timeUnit(int i) {
        String w = wordAt(i);
        String lw = w.toLowerCase(Locale.ROOT);
        if (!w.isEmpty() && TIME_UNITS.containsKey(lw) && !lw.startsWith("ms") && !lw.startsWith("milli")) {
            return i + w.length();
        }
        return -1;
    }

    /** {@code x}, {@code ×}, {@code -fold}, " times" right after a number at {@code j}: the end, or -1. */
    private int multiple(int j) {
        int k = skipSpace(j);
        if (k < n && (cs[k] == 'x' || cs[k] == '×' || cs[k] == 'X') && !letterAt(k + 1)) {
            int after = skipSpace(k + 1);
            if (after < n && isDigit(cs[after])) {
                return -1; // 3 x 8 h: a product
            }
            return k + 1;
        }
        int f = j < n && cs[j] == '-' ? j + 1 : k;
        for (String w : new String[] {"fold", "times"}) {
            if (s.regionMatches(true, f, w, 0, w.length()) && !letterAt(f + w.length())) {
                if (w.equals("times") && !wordAt(skipSpace(f + 5)).isEmpty()) {
                    String next = wordAt(skipSpace(f + 5)).toLowerCase(Locale.ROOT);
                    if (next.equals("a") || next.equals("per") || next.equals("each") || next.equals("every")) {
                        return -1; // 3 times a day: a frequency
                    }
                }
                return f + w.length();
            }
        }
        return -1;
    }

    /**
     * A date that starts at {@code start}: {@code 2026-09-01}, {@code 01.09.2026}, {@code 1/9/2026}; or a year
     * alone (four digits from 1990 to 2100 that no unit follows). Its end, or -1.
     */
    private int date(int start, int intDigits) {
        int j = start + intDigits;
        if (intDigits == 4 && j + 5 < n && (cs[j] == '-' || cs[j] == '/') && digitRun(j + 1) == 2
                && j + 3 < n && cs[j + 3] == cs[j] && digitRun(j + 4) == 2) {
            return j + 6;
        }
        if (intDigits <= 2 && j < n && (cs[j] == '.' || cs[j] == '/')) {
            int second = digitRun(j + 1);
            int k = j + 1 + second;
            if ((second == 1 || second == 2) && k < n && cs[k] == cs[j]) {
                int year = digitRun(k + 1);
                if (year == 4 || year == 2 && !letterAt(k + 3)) {
                    return k + 1 + year;
                }
            }
        }
        if (intDigits == 4 && (j >= n || !isDigit(cs[j]) && cs[j] != ',' && cs[j] != '.' || j + 1 >= n || !isDigit(cs[j + 1]))) {
            int year = Integer.parseInt(s.substring(start, j));
            if (year >= 1990 && year <= 2100 && !isLetter(charAfterSpace(j)) && charAfterSpace(j) != '%') {
                return j;
            }
            if (year >= 1990 && year <= 2100) {
                String w = wordAt(skipSpace(j)).toLowerCase(Locale.ROOT);
                // "2027 budget", "2026 Q3": a year; "2000 users", "2030 req/s": a quantity
                if (w.equals("q1") || w.equals("q2") || w.equals("q3") || w.equals("q4") || w.equals("budget")
                        || w.equals("and") || w.equals("to") || w.equals("onwards")) {
                    return j;
                }
            }
        }
        return -1;
    }

    private char charAfterSpace(int j) {
        int k = skipSpace(j);
        return k < n ? cs[k] : ' ';
    }

    /** Whether "1 500 000" grouped by spaces reads as one number: the digits before it are not a figure of their own. */
    private boolean groupedBySpaceFits(int start, int end) {
        // a currency or a word of money around makes it one amount; so does a run of at least two groups
        return currencyBefore(start) != null || currencyAt(skipSpace(end)) != null
                || end - start > 8 || "kKM".indexOf(charAfterSpace(end)) >= 0;
    }

    /** The currency written before the number at {@code start} (a symbol or a code, one space between), or null. */
    private String currencyBefore(int start) {
        int k = start - 1;
        if (k >= 0 && cs[k] == ' ') {
            k--;
        }
        if (k < 0) {
            return null;
        }
        char c = cs[k];
        if ("$€£¥₹₩".indexOf(c) >= 0) {
            return String.valueOf(c);
        }
        int end = k + 1;
        while (k >= 0 && isLetter(cs[k])) {
            k--;
        }
        String w = s.substring(k + 1, end).toLowerCase(Locale.ROOT);
        return CURRENCY_CODES.contains(w) && w.length() == 3 ? w : null;
    }

    /** Where the currency before the number at {@code start} begins (US$ and the like included). */
    private int currencyStart(int start) {
        int k = start - 1;
        if (k >= 0 && cs[k] == ' ') {
            k--;
        }
        if ("$€£¥₹₩".indexOf(cs[k]) >= 0) {
            while (k > 0 && isLetter(cs[k - 1]) && Character.isUpperCase(cs[k - 1])) {
                k--; // US$, A$, C$
            }
            return k;
        }
        while (k > 0 && isLetter(cs[k - 1])) {
            k--;
        }
        return k;
    }

    /** The currency written at {@code k} (a symbol, a code, a word), or null. */
    private String currencyAt(int k) {
        if (k >= n) {
            return null;
        }
        char c = cs[k];
        if ("$€£¥₹₩".indexOf(c) >= 0) {
            return String.valueOf(c);
        }
        String w = wordAt(k).toLowerCase(Locale.ROOT);
        if (w.length() == 3 && CURRENCY_CODES.contains(w) || CURRENCY_WORDS.contains(w)) {
            return w;
        }
        return null;
    }

    private int currencyLength(int k) {
        return "$€£¥₹₩".indexOf(cs[k]) >= 0 ? 1 : wordAt(k).length();
    }

    /** The run of letters at {@code k} (empty when none); a lone "/" is returned as itself. */
    private String wordAt(int k) {
        if (k >= n) {
            return "";
        }
        if (cs[k] == '/') {
            return "/";
        }
        int e = k;
        while (e < n && isLetter(cs[e])) {
            e++;
        }
        return s.substring(k, e);
    }

    private int skipSpace(int k) {
        return k < n && cs[k] == ' ' ? k + 1 : k;
    }

    private boolean letterAt(int k) {
        return k < n && isLetter(cs[k]);
    }

    /** The number of ASCII digits from {@code k}. */
    private int digitRun(int k) {
        int e = k;
        while (e < n && isDigit(cs[e])) {
            e++;
        }
        return e - k;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@link Character#isLetter}, ASCII answered without a table look-up (a call chain per character in C1). */
    private static boolean isLetter(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
    }

    /** {@link Character#isLetterOrDigit}, ASCII answered without a table look-up. */
    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    private void add(Kind kind, BigDecimal value, String unit, int start, int end, boolean exact) {
        out.add(new Figure(kind, value, unit, start, end, exact));
    }
}

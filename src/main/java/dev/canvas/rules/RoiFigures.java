package dev.canvas.rules;

import dev.canvas.figures.Figure;
import dev.canvas.figures.FigureReader;
import dev.canvas.figures.Items;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of an ROI answer, read with how sure the reading is: the value and the cost (the total of each, not
 * one line item), the ROI it states, and an actual ROI recorded after launch.
 *
 * <p>An amount belongs to the value or the cost by the words of its item ("Value: ...", "Total cost ...") or of the
 * item that introduces it ("Costs (per year):" above a list; a table's header). Of several amounts, the total is
 * the one an item calls total, or the result after "=", or the one amount a labelled item states; line items are
 * added up only when nothing states their total, and then the reading is not {@link Amount#sure sure}. Figures
 * qualified as year 2, year 3, multi-year or cumulative are not the yearly figures.
 *
 * @param value     value delivered, in the answer's currency
 * @param cost      total cost
 * @param stated    the ROI percentage the answer states (the first unqualified or year-1 one, not an actual one)
 * @param actual    an "actual ROI ... N%"
 * @param amounts   whether the answer holds any amount of money at all
 */
record RoiFigures(Optional<Amount> value, Optional<Amount> cost, Optional<BigDecimal> stated,
                  Optional<BigDecimal> actual, boolean amounts) {

    /**
     * An amount read as a total.
     *
     * @param sure whether the reading leaves no doubt: an explicit label, one amount or an explicit total, an exact
     *             notation
     * @param net  whether it is a net benefit (value minus cost), which an ROI divides by the cost as it is
     */
    record Amount(BigDecimal amount, boolean sure, boolean net) {
    }

    enum Role { VALUE, COST, ROI, NONE }

    /** One item's reading: its role, whether it says total, its qualifier, its amounts. */
    private record Line(Role role, boolean total, boolean laterPeriod, boolean net, List<Figure> money, String text,
                        int indent, boolean list) {
    }

    /** "total", "overall", "combined", ... as a word ("subtotal" is a line item). */
    private static final Pattern TOTAL = Pattern.compile("\\b(total|overall|in sum|combined|all-in|altogether)\\b");
    /** A net figure (value minus cost), not "internet". */
    private static final Pattern NET = Pattern.compile("\\bnet\\b");

    /** What before an amount makes it a price per unit: "at", "@", "×", "x" ("9,000 hours at EUR 70"). */
    private static final Pattern PRICE_MARK_BEFORE = Pattern.compile(".*(\\bat|@|×|\\bx)\\s*$");
    /** A clause that speaks of the price of one: "an average cancellation cost of". */
    private static final Pattern ONE_UNIT = Pattern.compile(".*\\b(average|avg|unit|each)\\b.*");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static RoiFigures of(String text) {
        List<Items.Item> items = Items.of(text);
        FigureReader.Notation notation = FigureReader.notation(text);
        List<Line> lines = new ArrayList<>();
        List<List<Figure>> figuresOf = new ArrayList<>(items.size()); // each item's figures, read once
        Role[] roleOf = new Role[items.size()]; // each item's role, its own or the one of the item introducing it
        boolean any = false;
        Role inherited = Role.NONE;
        int introIndent = -1;
        List<String> header = null;
        for (Items.Item item : items) {
            String lower = FigureReader.normalise(item.text()).toLowerCase(Locale.ROOT);
            List<Figure> figures = FigureReader.read(item.text(), notation);
            figuresOf.add(figures);
            List<Figure> money = new ArrayList<>();
            for (Figure f : figures) {
                if (isAmount(f, lower) && !perUnit(lower, f)) {
                    money.add(f);
                }
            }
            any = any || !money.isEmpty();
            // a list item's own label is the words before its colon, parentheses left out ("- fewer failed deliveries
            // (cost avoided): EUR 356k" and "- Y1: $1.4M (... legal costs ...)" stay value lines under "Value")
            Role own = item.list() ? role(label(lower)) : role(lower);
            roleOf[figuresOf.size() - 1] = Role.NONE;
            if (item.row()) {
                if (header == null) {
                    header = item.cells();
                    if (own == Role.NONE || money.isEmpty()) {
                        continue; // a header row: its words label the columns below it
                    }
                }
                if (own == Role.NONE) {
                    // "| Licences | | EUR 120k |" under "| Item | Value | Cost |": the column's label
                    own = columnRole(item, header);
                }
            } else {
                header = null;
            }
            boolean below = item.list() && introIndent >= 0 && (item.indent() > introIndent || introIndent == 0) || item.row() && introIndent >= 0;
            Role before = below ? inherited : Role.NONE;
            if (own == Role.NONE && !item.list() && !item.row() && !money.isEmpty() && TOTAL.matcher(lower).find()
                    && !lines.isEmpty() && lines.get(lines.size() - 1).role() != Role.ROI) {
                before = lines.get(lines.size() - 1).role(); // "Total EUR 1.48M a year." right after the value's items
            }
            roleOf[figuresOf.size() - 1] = own != Role.NONE ? own : before;
            for (Segment seg : segments(lower, own == Role.NONE ? before : own, item.row())) {
                // the segment's amounts, placed in the segment's text (amountOf reads the words around them there)
                List<Figure> in = money.stream().filter(f -> f.start() >= seg.from() && f.start() < seg.to())
                        .map(f -> new Figure(f.kind(), f.value(), f.unit(), f.start() - seg.from(),
                                Math.min(f.end(), seg.to()) - seg.from(), f.exact()))
                        .toList();
                String t = lower.substring(seg.from(), seg.to());
                lines.add(new Line(seg.role(), TOTAL.matcher(t).find(), laterPeriod(lower.substring(0, seg.prefixEnd()) + " " + t),
                        NET.matcher(t).find(), in, t, item.indent(), item.list()));
            }
            if (own != Role.NONE && (item.introduces() || money.isEmpty() || !item.list())) {
                inherited = own;
                introIndent = item.list() ? item.indent() : 0;
            } else if (!item.list() && !item.row() && own == Role.NONE) {
                inherited = Role.NONE;
                introIndent = -1;
            }
        }
        Optional<Amount> value = total(lines, Role.VALUE);
        Optional<Amount> cost = total(lines, Role.COST);
        BigDecimal stated = null;
        BigDecimal actual = null;
        for (int i = 0; i < items.size(); i++) {
            String lower = FigureReader.normalise(items.get(i).text()).toLowerCase(Locale.ROOT);
            int roi = roiWord(lower);
            if (roi < 0 && roleOf[i] == Role.ROI) {
                roi = 0; // "- Year 1: 1.4 / 0.9 = 156%" under "ROI"
            }
            if (roi < 0) {
                continue;
            }
            for (Figure p : figuresOf.get(i)) {
                if (p.kind() != Figure.Kind.PERCENT || p.start() < roi || formulaFactor(lower, p)) {
                    continue;
                }
                String around = window(lower, p, roi);
                if (around.contains("actual")) {
                    actual = actual == null ? p.value() : actual;
                } else if (!laterPeriod(around)) {
                    stated = stated == null ? p.value() : stated; // a year-2 or multi-year ROI is not the stated one
                }
            }
        }
        return new RoiFigures(value, cost, Optional.ofNullable(stated), Optional.ofNullable(actual), any);
    }

    /** A stretch of an item that one role word governs: from the word (or the item's start) to the next one. */
    private record Segment(Role role, int from, int to, int prefixEnd) {
    }

    /**
     * The segments of an item: its first role word governs up to the next role word that starts a clause of its
     * own ("Value EUR 825k, cost EUR 375k"; "a benefit of EUR 450k on a cost of EUR 375k"), not one inside a formula
     * ("x EUR 45 loaded cost = EUR 693k" stays the value's). Before the first role word, {@code first} governs.
     */
    private static List<Segment> segments(String lower, Role first, boolean row) {
        List<int[]> starts = new ArrayList<>(); // position, role ordinal
        int firstWord = -1;
        for (int i = 0; i < lower.length(); i++) {
            if (i > 0 && Character.isLetter(lower.charAt(i - 1)) || !Character.isLetter(lower.charAt(i))) {
                continue;
            }
            Role r = roleWordAt(lower, i);
            if (r == Role.NONE) {
                continue;
            }
            if (firstWord < 0) {
                firstWord = i;
                continue;
            }
            if (!row && clauseStart(lower, i)) {
                starts.add(new int[] {i, r.ordinal()});
            }
        }
        List<Segment> out = new ArrayList<>();
        int from = 0;
        Role role = first;
        int prefixEnd = firstWord < 0 ? 0 : firstWord;
        for (int[] st : starts) {
            out.add(new Segment(role, from, st[0], prefixEnd));
            from = st[0];
            role = Role.values()[st[1]];
        }
        out.add(new Segment(role, from, lower.length(), prefixEnd));
        return out;
    }

    /** The role of the role word that starts at {@code i}, or NONE. */
    static Role roleWordAt(String lower, int i) {
        // what role() of the text from i would say, told by the words that start at i (no value word begins like
        // a cost word; "return on investment" is a value word, "return "; ShortcutsTest holds the two equal)
        if (startsWithAny(lower, i, COST_BY_LETTER)) {
            return Role.COST;
        }
        if (startsWithAny(lower, i, VALUE_BY_LETTER)) {
            return Role.VALUE;
        }
        return lower.startsWith("roi", i) && (i + 3 >= lower.length() || !Character.isLetter(lower.charAt(i + 3)))
                ? Role.ROI : Role.NONE;
    }

    private static boolean startsWithAny(String lower, int i, String[][] byFirstLetter) {
        char c = lower.charAt(i);
        String[] words = c < byFirstLetter.length ? byFirstLetter[c] : null;
        if (words != null) {
            for (String w : words) {
                if (lower.startsWith(w, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words by their first letter (all ASCII): at a word start, only the words that begin with its letter are tried. */
    private static String[][] byFirstLetter(String[] words) {
        String[][] by = new String[128][];
        for (String w : words) {
            char c = w.charAt(0);
            by[c] = by[c] == null ? new String[] {w} : Arrays.copyOf(by[c], by[c].length + 1);
            by[c][by[c].length - 1] = w;
        }
        return by;
    }

    /** Whether the role word at {@code i} starts a clause: punctuation or a joining word before it (articles skipped). */
    private static boolean clauseStart(String lower, int i) {
        int k = i - 1;
        while (true) {
            while (k >= 0 && lower.charAt(k) == ' ') {
                k--;
            }
            if (k < 0) {
                return true;
            }
            if (",;:(.".indexOf(lower.charAt(k)) >= 0) {
                return true;
            }
            int e = k + 1;
            while (k >= 0 && Character.isLetter(lower.charAt(k))) {
                k--;
            }
            String w = lower.substring(k + 1, e);
            switch (w) {
                case "a", "an", "the", "our", "its", "their", "total", "annual", "yearly", "net", "overall", "expected",
                     "projected", "estimated", "running", "operating", "one-off", "of" -> {
                    // skipped: look further back
                }
                case "and", "on", "with", "against", "vs", "versus", "for", "while", "whereas", "plus", "at", "but", "is", "are",
                     "was", "be" -> {
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }
    }

    /** Whether a figure is an amount of money: a currency or a multiplier marks it, or a plain number of 1,000 or more in a labelled item. */
    private static boolean isAmount(Figure f, String lower) {
        if (f.kind() == Figure.Kind.MONEY) {
            return true;
        }
        return f.kind() == Figure.Kind.NUMBER && f.value().compareTo(BigDecimal.valueOf(1000)) >= 0 && role(lower) != Role.NONE
                && role(lower) != Role.ROI && !followedByNoun(lower, f);
    }

    /** "12,000 hours", "5,000 claims": a count of something, not an amount. */
    private static boolean followedByNoun(String lower, Figure f) {
        int k = f.end();
        while (k < lower.length() && lower.charAt(k) == ' ') {
            k++;
        }
        return k < lower.length() && Character.isLetter(lower.charAt(k));
    }

    /** "EUR 0.40 per claim", "$45/hour": a unit price, not a total. */
    private static boolean perUnit(String lower, Figure f) {
        String before = lower.substring(Math.max(0, f.start() - 4), f.start());
        if (PRICE_MARK_BEFORE.matcher(before).matches()) {
            return true; // "9,000 hours at EUR 70", "x EUR 45": a price per unit
        }
        String clause = lower.substring(Math.max(0, f.start() - 30), f.start());
        int cut = Math.max(clause.lastIndexOf(','), Math.max(clause.lastIndexOf(';'), clause.lastIndexOf(':')));
        if (ONE_UNIT.matcher(clause.substring(cut + 1)).matches()) {
            return true; // "an average cancellation cost of USD 38,000": the price of one, not a total
        }
        int k = f.end();
        while (k < lower.length() && lower.charAt(k) == ' ') {
            k++;
        }
        if (k < lower.length() && lower.charAt(k) == '/') {
            return !lower.startsWith("/y", k) && !lower.startsWith("/a", k) && !lower.startsWith("/ y", k);
        }
        if (lower.startsWith("per ", k) || lower.startsWith("each", k)) {
            String next = lower.substring(Math.min(lower.length(), k + 4)).strip();
            return !(next.startsWith("year") || next.startsWith("annum") || next.startsWith("yr") || next.startsWith("month"));
        }
        return false;
    }

    static final String[] VALUE_WORDS = {"value", "benefit", "saving", "return ", "returns", "gain", "revenue", "upside", "worth", "saved", "avoid",
        "valeur", "nutzen", "wert ", "valor", "beneficio", "bénéfice", "benefice"};
    static final String[] COST_WORDS = {"cost", "investment", "invest ", "spend", "tco", "expense", "budget", "price",
        "coût", "cout", "kosten", "coste", "costo", "custo", "investissement", "investition", "inversión"};
    private static final String[][] VALUE_BY_LETTER = byFirstLetter(VALUE_WORDS);
    private static final String[][] COST_BY_LETTER = byFirstLetter(COST_WORDS);

    static Role role(String lower) {
        // the first role word, read in one pass over the word starts (each word tried only where its first letter
        // is): what taking the first of each word list would say (ShortcutsTest holds the two equal)
        for (int i = 0; i < lower.length(); i++) {
            if (i > 0 && Character.isLetter(lower.charAt(i - 1)) || !Character.isLetter(lower.charAt(i))) {
                continue;
            }
            Role r = roleWordAt(lower, i);
            if (r == Role.ROI) {
                return r;
            }
            if (r != Role.NONE) {
                int roi = roiWord(lower); // "return on investment" inside a word, before it
                return roi >= 0 && roi < i ? Role.ROI : r;
            }
        }
        return roiWord(lower) >= 0 ? Role.ROI : Role.NONE;
    }

    /** The label of an item: the words before its first colon, else its first four words. */
    private static String label(String lower) {
        int colon = lower.indexOf(':');
        String head = colon >= 0 ? lower.substring(0, colon) : lower;
        head = PARENTHESES.matcher(head).replaceAll(" ");
        String[] words = SPACES.split(head.strip());
        return colon >= 0 ? head : String.join(" ", Arrays.copyOf(words, Math.min(4, words.length)));
    }

    private static Role columnRole(Items.Item row, List<String> header) {
        for (int c = 0; c < row.cells().size() && c < header.size(); c++) {
            if (!FigureReader.read(row.cells().get(c)).isEmpty()) {
                Role r = role(header.get(c).toLowerCase(Locale.ROOT));
                if (r == Role.VALUE || r == Role.COST) {
                    return r;
                }
            }
        }
        return Role.NONE;
    }

    /**
     * The total of a role: an item that says total; else the one labelled item that states one amount; else the
     * sum of its line items (not sure). Items of a later period count only when nothing else does.
     */
    private static Optional<Amount> total(List<Line> lines, Role role) {
        List<Line> of = lines.stream().filter(l -> l.role() == role && !l.money().isEmpty()).toList();
        if (of.isEmpty()) {
            return Optional.empty();
        }
        List<Line> current = of.stream().filter(l -> !l.laterPeriod()).toList();
        if (current.isEmpty()) {
            return Optional.empty(); // only year-2 or multi-year figures: not the yearly value or cost
        }
        List<Line> totals = current.stream().filter(Line::total).toList();
        if (!totals.isEmpty()) {
            Amount a = amountOf(totals.get(0));
            boolean agree = totals.stream().allMatch(t -> amountOf(t).amount().compareTo(a.amount()) == 0);
            return Optional.of(new Amount(a.amount(), a.sure() && agree, a.net()));
        }
        // the labelled heading's own amount ("Value: EUR 825k a year" above its breakdown)
        Line head = current.get(0);
        boolean headLabels = role(head.text()) == role;
        List<Line> rest = current.subList(1, current.size());
        if (headLabels && (rest.isEmpty() || rest.stream().allMatch(l -> l.list() && l.indent() > head.indent()
                || role(l.text()) != role) || !head.list() && rest.stream().allMatch(Line::list))) {
            Amount a = amountOf(head);
            if (rest.isEmpty()) {
                return Optional.of(a);
            }
            BigDecimal sum = sum(rest);
            boolean matches = sum.compareTo(a.amount()) == 0;
            // a breakdown that adds up to the heading confirms it; one that does not leaves a doubt
            return Optional.of(new Amount(a.amount(), a.sure() && (matches || rest.stream().noneMatch(l -> role(l.text()) == role)),
                    a.net()));
        }
        // breakdown then total without the word: the last amount equals the sum of those before it
        if (current.size() >= 3) {
            Line last = current.get(current.size() - 1);
            BigDecimal before = sum(current.subList(0, current.size() - 1));
            if (amountOf(last).amount().compareTo(before) == 0) {
                return Optional.of(new Amount(before, amountOf(last).sure(), false));
            }
        }
        if (current.size() == 1) {
            return Optional.of(amountOf(current.get(0)));
        }
        return Optional.of(new Amount(sum(current), false, false));
    }

    private static BigDecimal sum(List<Line> lines) {
        BigDecimal s = BigDecimal.ZERO;
        for (Line l : lines) {
            s = s.add(amountOf(l).amount());
        }
        return s;
    }

    /**
     * The amount one item states: the result after the last "=", or the one outside parentheses, or the one after
     * "total"; a single amount is sure, a choice among several without such a cue is not.
     */
    private static Amount amountOf(Line l) {
        List<Figure> m = l.money();
        boolean exact = m.stream().allMatch(Figure::exact);
        if (m.size() == 1) {
            return new Amount(m.get(0).value(), exact, l.net());
        }
        // "EUR 2.4 million: EUR 1.15 million ..., EUR 0.62 million ...": the amount a colon opens is the total
        int afterFirst = m.get(0).end();
        while (afterFirst < l.text().length() && l.text().charAt(afterFirst) == ' ') {
            afterFirst++;
        }
        if (afterFirst < l.text().length() && (l.text().charAt(afterFirst) == ':' || l.text().startsWith("—", afterFirst))) {
            return new Amount(m.get(0).value(), exact, l.net());
        }
        // a total and its breakdown: the first when the others add up to it, the last when those before it do
        BigDecimal first = m.get(0).value();
        BigDecimal last = m.get(m.size() - 1).value();
        BigDecimal rest = BigDecimal.ZERO;
        BigDecimal before = BigDecimal.ZERO;
        for (int i = 0; i < m.size(); i++) {
            rest = i > 0 ? rest.add(m.get(i).value()) : rest;
            before = i < m.size() - 1 ? before.add(m.get(i).value()) : before;
        }
        if (rest.compareTo(first) == 0) {
            return new Amount(first, exact, l.net());
        }
        if (before.compareTo(last) == 0) {
            return new Amount(last, exact, l.net());
        }
        // the one amount outside parentheses: "EUR 1.3M (EUR 868k of capacity, plus ...)"
        List<Figure> outside = m.stream().filter(f -> depth(l.text(), f.start()) == 0).toList();
        if (outside.size() == 1) {
            return new Amount(outside.get(0).value(), exact, l.net());
        }
        // the result of a formula: "15,400 h x EUR 45 = EUR 693,000, plus EUR 132,000 = EUR 825,000"
        // (only when that result is the line's last amount: "A = EUR 300k; B EUR 1M; C EUR 129k" lists three items)
        int eq = l.text().lastIndexOf('=');
        if (eq >= 0 && m.get(m.size() - 1).start() > eq && m.stream().filter(f -> f.start() > eq).count() == 1) {
            return new Amount(m.get(m.size() - 1).value(), exact, l.net());
        }
        Matcher total = TOTAL.matcher(l.text());
        if (total.find()) {
            for (Figure f : m) {
                if (f.start() > total.start()) {
                    return new Amount(f.value(), exact, l.net());
                }
            }
        }
        return new Amount(last, false, l.net());
    }

    /** How many parentheses are open at {@code at}. */
    private static int depth(String text, int at) {
        int d = 0;
        for (int i = 0; i < at && i < text.length(); i++) {
            d += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
        }
        return Math.max(d, 0);
    }

    /** Year 2 and later, several years together, cumulative: not the yearly figure the ROI is computed on. */
    static boolean laterPeriod(String text) {
        String lower = text.replace('-', ' ');
        for (String w : new String[] {"year 2", "year 3", "year 4", "year 5", "year two", "year three", "second year",
                "third year", "y2", "y3", "yr 2", "yr 3", "2 year", "3 year", "5 year", "two year", "three year", "five year", "multi year", "multiyear", "cumulative",
                "over 2 years", "over 3 years", "over 5 years", "over two years", "over three years", "over five years",
                "lifetime", "by 2028", "by 2029", "by 2030", "at 10x", "at 100x", "at scale", "10x", "100x"}) {
            int i = lower.indexOf(w);
            int end = i + w.length();
            if (end < lower.length() && lower.charAt(end) == 's' && w.endsWith("year")) {
                end++; // "3 years", "over 2 years"
            }
            if (i >= 0 && (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1)))
                    && (end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Where "ROI" or "return on investment" is in the text, or -1. */
    static int roiWord(String lower) {
        int i = lower.indexOf("roi");
        while (i >= 0) {
            if ((i == 0 || !Character.isLetter(lower.charAt(i - 1))) && (i + 3 >= lower.length() || !Character.isLetter(lower.charAt(i + 3)))) {
                return i;
            }
            i = lower.indexOf("roi", i + 1);
        }
        return lower.indexOf("return on investment");
    }

    /** The "x 100%" of a formula: not a stated ROI. */
    private static boolean formulaFactor(String lower, Figure p) {
        if (p.value().compareTo(BigDecimal.valueOf(100)) != 0) {
            return false;
        }
        int k = p.start() - 1;
        while (k >= 0 && lower.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && (lower.charAt(k) == 'x' || lower.charAt(k) == '×' || lower.charAt(k) == '*');
    }

    /**
     * The words that qualify a percentage: from the end of the figure before it (or the ROI word) to the next
     * clause mark after it.
     */
    private static String window(String lower, Figure p, int roi) {
        int from = Math.max(0, Math.min(roi, p.start() - 40) - 12); // "actual ROI", "year-2 ROI": the words before it too
        for (int k = p.start() - 1; k > from; k--) {
            char c = lower.charAt(k);
            if (c == ',' || c == ';' || c == '%' || c == '.' && (k + 1 >= lower.length() || !Character.isDigit(lower.charAt(k + 1)))) {
                from = k;
                break;
            }
        }
        int to = p.end();
        while (to < lower.length() && to - p.end() < 30 && ",;.%(".indexOf(lower.charAt(to)) < 0) {
            to++;
        }
        if (to < lower.length() && lower.charAt(to) == '(') {
            int close = lower.indexOf(')', to);
            to = close > 0 && close - to < 40 ? close : to;
        }
        return lower.substring(from, to);
    }

    /** (value - cost) / cost x 100, to one decimal; empty without both or with a zero cost. */
    Optional<BigDecimal> computed() {
        if (value.isEmpty() || cost.isEmpty() || cost.get().amount().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal v = value.get().amount();
        BigDecimal c = cost.get().amount();
        BigDecimal gain = value.get().net() ? v : v.subtract(c);
        return Optional.of(gain.multiply(BigDecimal.valueOf(100)).divide(c, 1, RoundingMode.HALF_UP));
    }

    /** The ROI projected before launch, which an actual ROI is compared with: the stated one. */
    Optional<BigDecimal> projected() {
        return stated;
    }

    /** Whether value and cost were both read without doubt. */
    boolean sure() {
        return value.isPresent() && cost.isPresent() && value.get().sure() && cost.get().sure();
    }
}

package dev.canvas.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of an ROI answer: the value and the cost (the first amount after the words "value" / "benefit" /
 * "savings" and "cost"), the ROI it states, and an actual ROI recorded after launch.
 *
 * @param value     value delivered, in the answer's currency
 * @param cost      total cost
 * @param stated    the ROI percentage the answer states (the first "ROI ... N%", not an actual one)
 * @param actual    an "actual ROI ... N%"
 * @param projected a "projected ROI ... N%" (or the stated one)
 */
record RoiFigures(Optional<BigDecimal> value, Optional<BigDecimal> cost, Optional<BigDecimal> stated,
                  Optional<BigDecimal> actual, Optional<BigDecimal> projected) {

    private static final Pattern VALUE = Pattern.compile("(?i)^\\W*(the |our )?(total |annual |yearly |expected |projected )?(value|benefits?|savings?|returns?|gains?)\\b");
    private static final Pattern COST = Pattern.compile("(?i)^\\W*(the |our )?(total |annual |yearly |expected |projected )?(cost|costs|investment|spend)\\b");
    static final Pattern VALUE_ANYWHERE = Pattern.compile("(?i)\\b(value|benefits?|savings?)\\b");
    static final Pattern COST_ANYWHERE = Pattern.compile("(?i)\\b(total cost|costs?|investment)\\b");
    /** An amount of money: a currency, or a k/M/million unit, must mark it. */
    static final Pattern MONEY = Pattern.compile(
            "(?i)(?:[$€£¥]\\s?|\\b(?:usd|eur|gbp)\\s?)(\\d[\\d,]*(?:\\.\\d+)?)\\s?(k|m|bn|million|billion|thousand)?\\b"
                    + "|\\b(\\d[\\d,]*(?:\\.\\d+)?)\\s?(k|m|bn|million|billion|thousand)\\b\\s?(?:[$€£¥]|usd|eur|gbp)?"
                    + "|\\b(\\d[\\d,]*(?:\\.\\d+)?)\\s?(?:[$€£¥]|usd|eur|gbp)\\b");
    static final Pattern PERCENT = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s?%");
    static final Pattern ROI = Pattern.compile("(?i)\\b(actual |projected |expected |estimated )?roi\\b");
    /**
     * The patterns searched for in items, with what their matches start with (a word; for an amount, a currency or
     * a digit; for a percentage, a sign or a digit): tried only there.
     */
    private static final PatternSet VALUE_WORD = PatternSet.of(VALUE_ANYWHERE);
    private static final PatternSet COST_WORD = PatternSet.of(COST_ANYWHERE);
    private static final PatternSet AMOUNT = PatternSet.of(MONEY);
    private static final PatternSet PERCENTAGE = PatternSet.of(PERCENT);
    private static final PatternSet ROI_WORD = PatternSet.of(ROI);

    /** The last answer read on this thread, and its figures. */
    private record Read(String text, RoiFigures figures) {
    }

    /**
     * Three rules (roi-figures, roi-positive, roi-actual) read the same answer one after the other: it is read once.
     * Per thread, as files are checked on several.
     */
    private static final ThreadLocal<Read> LAST = new ThreadLocal<>();

    static RoiFigures of(String text) {
        Read last = LAST.get();
        if (last != null && last.text().equals(text)) {
            return last.figures();
        }
        RoiFigures figures = read(text);
        LAST.set(new Read(text, figures));
        return figures;
    }

    private static RoiFigures read(String text) {
        java.util.List<String> items = AnswerText.items(text);
        Optional<BigDecimal> value = amount(items, VALUE, VALUE_WORD);
        Optional<BigDecimal> cost = amount(items, COST, COST_WORD);
        Optional<BigDecimal> stated = Optional.empty();
        Optional<BigDecimal> actual = Optional.empty();
        Optional<BigDecimal> projected = Optional.empty();
        for (String item : items) {
            Matcher m = ROI_WORD.scan(item).first(0);
            if (m == null) {
                continue;
            }
            // the ROI is the last percentage of its clause: "ROI = (825k - 375k) / 375k x 100% = 120%"
            PatternSet.Hits.Found p = PERCENTAGE.scan(item.substring(m.end())).matches(0);
            BigDecimal pct = null;
            while (p.find()) {
                pct = new BigDecimal(p.matcher().group(1));
            }
            if (pct == null) {
                continue;
            }
            BigDecimal found = pct;
            String kind = m.group(1) == null ? "" : m.group(1).strip().toLowerCase(Locale.ROOT);
            if (kind.equals("actual")) {
                actual = actual.or(() -> Optional.of(found));
            } else {
                projected = projected.or(() -> Optional.of(found));
                stated = stated.or(() -> Optional.of(found));
            }
        }
        return new RoiFigures(value, cost, stated, actual, projected);
    }

    /**
     * The amount an item gives for a figure: in the item that starts with the word ("Value: ... = EUR 825,000"),
     * its last amount of money (the total); else, in the first item that mentions the word, the last amount of
     * money after it.
     */
    private static Optional<BigDecimal> amount(java.util.List<String> items, Pattern leading, PatternSet anywhere) {
        for (String item : items) {
            if (leading.matcher(item).find()) {
                Optional<BigDecimal> last = lastMoney(item);
                if (last.isPresent()) {
                    return last;
                }
            }
        }
        for (String item : items) {
            Matcher w = anywhere.scan(item).first(0);
            if (w != null) {
                // MONEY in the region from there to the end, its bounds opaque: as in the rest of the item alone
                Optional<BigDecimal> last = lastMoney(item.substring(w.end()));
                if (last.isPresent()) {
                    return last;
                }
            }
        }
        return Optional.empty();
    }

    /** {@link #money} of the last amount in the text. */
    private static Optional<BigDecimal> lastMoney(String text) {
        Optional<BigDecimal> last = Optional.empty();
        PatternSet.Hits.Found m = AMOUNT.scan(text).matches(0);
        while (m.find()) {
            last = money(m.matcher());
        }
        return last;
    }

    private static Optional<BigDecimal> money(Matcher m) {
        String num = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(5);
        String unit = m.group(1) != null ? m.group(2) : m.group(3) != null ? m.group(4) : null;
        try {
            BigDecimal v = new BigDecimal(num.replace(",", ""));
            String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
            return Optional.of(switch (u) {
                case "k", "thousand" -> v.multiply(BigDecimal.valueOf(1_000));
                case "m", "million" -> v.multiply(BigDecimal.valueOf(1_000_000));
                case "bn", "billion" -> v.multiply(BigDecimal.valueOf(1_000_000_000));
                default -> v;
            });
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** (value - cost) / cost x 100, to one decimal; empty without both or with a zero cost. */
    Optional<BigDecimal> computed() {
        if (value.isEmpty() || cost.isEmpty() || cost.get().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(value.get().subtract(cost.get()).multiply(BigDecimal.valueOf(100))
                .divide(cost.get(), 1, RoundingMode.HALF_UP));
    }
}

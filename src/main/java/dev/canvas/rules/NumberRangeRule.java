package dev.canvas.rules;

import com.google.re2j.Matcher;
import dev.canvas.figures.Figure;
import dev.canvas.figures.FigureReader;
import dev.canvas.model.Subject;
import java.math.BigDecimal;

/**
 * Configurable kind {@code number-range}: in the answer to each of {@code fields}, the number captured by
 * {@code pattern}'s first group (RE2 syntax, matched in linear time: see {@link ConfiguredPattern}; default: the
 * first figure) lies between {@code min} and {@code max}. The number is
 * read as {@link FigureReader} reads figures ({@code 1.500.000 €}, {@code 2,5 s}, {@code 650k}), as written.
 */
public final class NumberRangeRule extends SubstanceRule {

    /** The kind a project names in its configuration for a rule of this class. */
    public static final String KIND = "number-range";

    private final ConfiguredPattern pattern;

    public NumberRangeRule(RuleSpec spec) {
        super(spec);
        String p = spec.string("pattern", "");
        this.pattern = p.isEmpty() ? null : ConfiguredPattern.compile(p);
    }

    @Override
    void judge(AnsweredFields in, FindingSink out) {
        double min = spec.number("min", Double.NEGATIVE_INFINITY);
        double max = spec.number("max", Double.POSITIVE_INFINITY);
        for (Answered a : in.answered(PatternRule.fields(spec))) {
            String text = a.text();
            if (pattern != null) {
                Matcher m = pattern.matcher(text);
                text = !m.find() ? "" : m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group();
            }
            Figure first = FigureReader.read(text).stream().filter(f -> f.kind() != Figure.Kind.DATE).findFirst().orElse(null);
            Subject subject = Subject.field(a.square(), a.field());
            if (first == null) {
                out.report(a.answer().location(), subject, spec.string("message", "no number found in the answer to '"
                        + a.field().question() + "'"), spec.string("fix", "state it as a number"));
                continue;
            }
            String raw = first.value().stripTrailingZeros().toPlainString();
            double v = first.value().doubleValue();
            if (v < min || v > max) {
                out.report(a.answer().location(), subject, spec.string("message", raw + " in the answer to '"
                        + a.field().question() + "' is outside " + range(min, max)), spec.string("fix", "bring it within " + range(min, max)));
            }
        }
    }

    private static String range(double min, double max) {
        return "[" + (Double.isInfinite(min) ? "-inf" : BigDecimal.valueOf(min).stripTrailingZeros().toPlainString()) + ", "
                + (Double.isInfinite(max) ? "inf" : BigDecimal.valueOf(max).stripTrailingZeros().toPlainString()) + "]";
    }
}

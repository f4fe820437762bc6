package dev.canvas.rules;

import com.google.re2j.Matcher;
import dev.canvas.figures.Items;
import dev.canvas.model.Subject;
import java.util.List;

/**
 * Configurable kind {@code min-count}: the answer to each of {@code fields} has at least {@code min} matches
 * of {@code pattern} (RE2 syntax, matched in linear time: see {@link ConfiguredPattern}), or, without a pattern, at
 * least {@code min} items (list items, else sentences).
 */
public final class MinCountRule extends SubstanceRule {

    /** The kind a project names in its configuration for a rule of this class. */
    public static final String KIND = "min-count";

    private final ConfiguredPattern pattern;

    public MinCountRule(RuleSpec spec) {
        super(spec);
        String p = spec.string("pattern", "");
        this.pattern = p.isEmpty() ? null : ConfiguredPattern.compile(p);
    }

    @Override
    void judge(AnsweredFields in, FindingSink out) {
        int min = (int) spec.number("min", 1);
        for (Answered a : in.answered(PatternRule.fields(spec))) {
            int n;
            if (pattern == null) {
                // its list items, or its sentences when it has no list
                List<Items.Item> items = Items.of(a.text());
                long listed = items.stream().filter(Items.Item::list).count();
                n = (int) (listed > 0 ? listed : items.size());
            } else {
                n = 0;
                Matcher m = pattern.matcher(a.text());
                while (m.find()) {
                    n++;
                }
            }
            if (n < min) {
                String what = pattern == null ? "items" : "matches of " + pattern;
                out.report(a.answer().location(), Subject.field(a.square(), a.field()), spec.string("message",
                        "the answer to '" + a.field().question() + "' has " + n + " " + what + ", at least " + min + " expected"),
                        spec.string("fix", "add what is missing"));
            }
        }
    }
}

package dev.canvas.rules;

import dev.canvas.model.Answer;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Field;
import dev.canvas.model.Square;
import dev.canvas.model.Subject;
import dev.canvas.text.Chars;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Not applicable" is an answer only with a reason from a fixed list: out of scope, business priority,
 * architecture constraint, or other followed by its own text ({@code N/A: out of scope - the agent stores no
 * data}). A bare N/A stays a non-answer ({@code field-non-answer}); N/A with a reason outside the list is this rule's.
 */
public final class NotApplicableRule extends SpecRule {

    static final List<String> REASONS = List.of("out of scope", "business priority", "architecture constraint", "other");
    static final Pattern NA = Pattern.compile("(?i)^\\W*(n/?a|not applicable)\\b\\W*(.*)$", Pattern.DOTALL);

    public NotApplicableRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        List<String> reasons = null; // read at the first N/A
        DocView v = DocView.of(def, doc);
        for (int i = 0; i < v.def.fields.length; i++) {
            Square s = v.def.squareOf[i];
            Field f = v.def.fields[i];
            Answer a = v.answer(i);
            if (a == null || !mayBeNa(a.text())) {
                continue;
            }
            Matcher m = NA.matcher(a.text().strip());
            if (!m.matches() || m.group(2).isBlank()) {
                continue; // not an N/A, or a bare one (field-non-answer reports it)
            }
            if (reasons == null) {
                reasons = spec.strings("reasons", REASONS).stream().map(r -> r.toLowerCase(Locale.ROOT)).toList();
            }
            String reason = m.group(2).strip().toLowerCase(Locale.ROOT);
            String category = null;
            for (String r : reasons) {
                if (reason.startsWith(r)) {
                    category = r;
                    break;
                }
            }
            boolean ok = category != null
                    && (!category.equals("other") || reason.substring(category.length()).replaceAll("[\\W_]", "").length() >= 3);
            if (!ok) {
                out.report(a.location(), Subject.field(s, f),
                        "'not applicable' needs a reason from the list (" + String.join(", ", reasons) + ")",
                        "write 'N/A: out of scope - <why>' (or business priority, architecture constraint, other: <text>)");
            }
        }
    }

    /**
     * Whether {@link #NA} can match the text (stripped): its first word character ({@code [A-Za-z0-9_]}) must be
     * an n or N, as the pattern is {@code \W*} then "n/a" or "not applicable" (ASCII case-insensitive). Most
     * answers fail here at their first letter, without a matcher.
     */
    static boolean mayBeNa(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Chars.isRegexWordChar(c)) {
                return c == 'n' || c == 'N';
            }
        }
        return false;
    }

    /** Whether an answer is a justified N/A (so that other substance rules can let it be). */
    static boolean isJustified(String text) {
        if (!mayBeNa(text)) {
            return false;
        }
        Matcher m = NA.matcher(text.strip());
        return m.matches() && REASONS.stream().anyMatch(r -> m.group(2).strip().toLowerCase(Locale.ROOT).startsWith(r));
    }
}

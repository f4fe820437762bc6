package dev.canvas.rules;

import dev.canvas.model.Answer;
import dev.canvas.model.Field;
import dev.canvas.model.Severity;
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

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "not-applicable-reason";
    /** The reasons a 'not applicable' may give (parameter {@code reasons}). */
    static final List<String> REASONS = List.of("out of scope", "business priority", "architecture constraint", "other");
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.BLOCKER,
            "a 'not applicable' answer gives its reason: out of scope, business priority, architecture "
                + "constraint, or other: <text>")
            .explained("\"N/A\" is an answer only with a reason from the fixed list. A bare N/A is a non-answer "
                    + "(field-non-answer); an N/A with another reason is this rule's finding. Parameter: reasons.")
            .passing("N/A: out of scope - the agent stores no user data")
            .failing("N/A, we will see later")
            .defaults("reasons", REASONS);

    static final Pattern NA = Pattern.compile("(?i)^\\W*(n/?a|not applicable)\\b\\W*(.*)$", Pattern.DOTALL);

    public NotApplicableRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(RuleContext ctx, FindingSink out) {
        List<String> reasons = null; // read at the first N/A
        DefinitionView v = ctx.view();
        for (int i = 0; i < v.fields.length; i++) {
            Square s = v.squareOf[i];
            Field f = v.fields[i];
            Answer a = ctx.answer(i);
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

package dev.canvas.rules;

import dev.canvas.model.Answer;
import dev.canvas.model.Field;
import dev.canvas.model.Severity;
import dev.canvas.model.Square;
import dev.canvas.model.Subject;
import dev.canvas.text.MatchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An answer must be an answer: not a leftover {@code {{placeholder}}}, not a stand-in such as TBD, TODO, N/A,
 * "to be determined" or a blank line {@code ___}, and not a note that starts with one ("TODO: ask legal").
 */
public final class NonAnswerRule extends SpecRule {

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "field-non-answer";
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.BLOCKER,
            "no answer is a leftover {{placeholder}} or a stand-in such as TBD, TODO, N/A or ___")
            .explained("Placeholders, stand-ins (TBD, TODO, N/A, \"to be determined\", ___) and notes that start with one "
                    + "(\"TODO: ask legal\") are not answers. Parameters: extra_phrases (more stand-ins), phrases "
                    + "(replace the list), min_words (every answer needs that many words), min_words_by_field (field "
                    + "id: minimum).")
            .passing("p95 under 2 seconds for 95% of requests")
            .failing("TBD")
            .defaults("extra_phrases", List.of(), "min_words", 0, "min_words_by_field", Map.of());

    private final StandIns standIns;
    /** Whether the stand-ins are the built-in ones, which the substance rules ask about too: asked once, shared. */
    private final boolean builtInPhrases;
    private final int minWords;
    private final Map<String, Object> minWordsByField;

    /**
     * Parameters: {@code phrases} (replaces the default stand-ins), {@code extra_phrases} (adds to them),
     * {@code min_words} (every answer needs at least this many words; 0 = off), {@code min_words_by_field}
     * (field id: minimum, overriding {@code min_words}).
     */
    public NonAnswerRule(RuleSpec spec) {
        super(spec);
        List<String> phrases = new ArrayList<>(spec.strings("phrases", StandIns.DEFAULT_PHRASES));
        phrases.addAll(spec.strings("extra_phrases", List.of()));
        this.standIns = new StandIns(phrases);
        this.builtInPhrases = phrases.equals(StandIns.DEFAULT_PHRASES);
        this.minWords = (int) spec.number("min_words", 0);
        this.minWordsByField = spec.map("min_words_by_field");
    }

    @Override
    public void check(RuleContext ctx, FindingSink out) {
        DefinitionView v = ctx.view();
        for (int i = 0; i < v.fields.length; i++) {
            Square s = v.squareOf[i];
            Field f = v.fields[i];
            Answer a = ctx.answer(i);
            if (a == null || a.text().isBlank()) {
                continue;
            }
            String why = builtInPhrases ? ctx.builtInStandIn(i) : why(a.text());
            if (why == null) {
                int min = minWordsByField.get(f.id()) instanceof Number n ? n.intValue() : minWords;
                String key = min > 0 ? MatchText.key(a.text()) : "";
                int words = key.isEmpty() ? 0 : key.split(" ").length;
                if (min > 0 && words < min) {
                    why = "too short to be an answer (" + words + (words == 1 ? " word" : " words") + ", at least " + min + " expected)";
                }
            }
            if (why != null) {
                out.report(a.location(), Subject.field(s, f), "answer to '" + f.question() + "' is " + why,
                        "replace it with the real answer");
            }
        }
    }

    /** Why a text is not an answer (by the stand-ins this rule is configured with), or null when it is one. */
    String why(String text) {
        return standIns.why(text);
    }
}

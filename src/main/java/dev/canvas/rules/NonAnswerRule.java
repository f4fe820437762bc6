package dev.canvas.rules;

import dev.canvas.markdown.CanvasMarkdown;
import dev.canvas.model.Answer;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Field;
import dev.canvas.model.Square;
import dev.canvas.model.Subject;
import dev.canvas.text.MatchText;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An answer must be an answer: not a leftover {@code {{placeholder}}}, not a stand-in such as TBD, TODO, N/A,
 * "to be determined" or a blank line {@code ___}, and not a note that starts with one ("TODO: ask legal").
 */
public final class NonAnswerRule extends SpecRule {

    public static final String ID = "field-non-answer";

    /** Phrases that stand in for an answer; compared by {@link MatchText#key}. */
    public static final List<String> DEFAULT_PHRASES = List.of(
            "tbd", "tba", "tbc", "todo", "to do", "fixme", "n a", "na", "none", "nothing", "unknown", "pending",
            "wip", "to be determined", "to be decided", "to be defined", "to be confirmed", "to be added",
            "to be completed", "later", "coming soon", "not yet", "not applicable", "placeholder", "lorem ipsum",
            "xxx", "answer here", "your answer here", "fill in", "fill me in");
    /** Words that, first in an answer and followed by punctuation, make it a note rather than an answer. */
    private static final Set<String> LEADING_MARKERS = Set.of("tbd", "todo", "fixme", "tba", "tbc", "xxx", "wip");
    private static final Pattern FILLER = Pattern.compile("[\\s_.\\-?…*x—–]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING = Pattern.compile("^\\W*([A-Za-z]+)\\s*[:\\-–—(\\[!.]");

    private final Set<String> phrases;
    private final int maxPhraseChars;
    private static final int MAX_PHRASE_CHARS_FLOOR = 40;

    private final int minWords;
    private final java.util.Map<String, Object> minWordsByField;

    /**
     * Parameters: {@code phrases} (replaces the default stand-ins), {@code extra_phrases} (adds to them),
     * {@code min_words} (every answer needs at least this many words; 0 = off), {@code min_words_by_field}
     * (field id: minimum, overriding {@code min_words}).
     */
    public NonAnswerRule(RuleSpec spec) {
        super(spec);
        List<String> phrases = new java.util.ArrayList<>(spec.strings("phrases", DEFAULT_PHRASES));
        phrases.addAll(spec.strings("extra_phrases", List.of()));
        this.minWords = (int) spec.number("min_words", 0);
        this.minWordsByField = spec.map("min_words_by_field");
        this.phrases = Set.copyOf(phrases.stream().map(MatchText::key).filter(k -> !k.isEmpty()).toList());
        // room for emphasis, punctuation and spaces around the longest phrase
        this.maxPhraseChars = Math.max(MAX_PHRASE_CHARS_FLOOR, 3 * phrases.stream().mapToInt(String::length).max().orElse(0));
    }




    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        for (Square s : def.squares()) {
            for (Field f : s.fields()) {
                Answer a = doc.answers().get(f.id());
                if (a == null || a.text().isBlank()) {
                    continue;
                }
                String why = why(a.text());
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
    }

    /** Why a text is not an answer, or null when it is one. */
    String why(String text) {
        List<String> ph = CanvasMarkdown.placeholders(text);
        if (!ph.isEmpty()) {
            return "still the template placeholder {{" + ph.get(0) + "}}";
        }
        String stripped = text.strip();
        if (FILLER.matcher(stripped).matches()) {
            return "a blank to fill in ('" + abbreviate(stripped) + "')";
        }
        // a stand-in phrase is short: only short answers need the (costly) normalised key
        String key = stripped.length() <= maxPhraseChars ? MatchText.key(stripped) : "";
        if (phrases.contains(key)) {
            return "a stand-in, not an answer ('" + abbreviate(stripped) + "')";
        }
        var m = LEADING.matcher(stripped);
        if (m.find() && LEADING_MARKERS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return "a note that it is still to do ('" + abbreviate(stripped) + "')";
        }
        return null;
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 40 ? one : one.substring(0, 37) + "...";
    }
}

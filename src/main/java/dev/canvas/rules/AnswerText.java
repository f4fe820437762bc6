package dev.canvas.rules;

import dev.canvas.model.Answer;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Field;
import dev.canvas.model.Square;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading answers for substance: which fields a rule looks at, their items, and the numbers in them. */
final class AnswerText {

    private AnswerText() {
    }

    /** An answered field the template defines, with its square. */
    record Answered(Square square, Field field, Answer answer) {
        String text() {
            return answer.text();
        }

        String lower() {
            return answer.text().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The fields among {@code ids} that the template defines and the canvas answers with text. A rule looks only
     * at these: an absent or empty field is already the completeness rules' finding, and a justified
     * "N/A: out of scope - ..." is an answer that substance rules leave alone.
     */
    static List<Answered> answered(CanvasDefinition def, CanvasDocument doc, List<String> ids) {
        return DocView.of(def, doc).answered(ids);
    }

    static Optional<Answered> first(CanvasDefinition def, CanvasDocument doc, String id) {
        return answered(def, doc, List.of(id)).stream().findFirst();
    }

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+|\\R+");

    /** The items of an answer: its list items, or else its sentences. */
    static List<String> items(String text) {
        List<String> bullets = new ArrayList<>();
        for (String line : LINE_BREAK.split(text)) {
            Matcher m = LIST_ITEM.matcher(line);
            if (m.matches() && !m.group(1).isBlank()) {
                bullets.add(m.group(1).strip());
            }
        }
        if (!bullets.isEmpty()) {
            return bullets;
        }
        List<String> sentences = new ArrayList<>();
        for (String s : SENTENCE_END.split(text)) {
            if (!s.isBlank()) {
                sentences.add(s.strip());
            }
        }
        return sentences;
    }

    /** Whether any of the patterns (case-insensitive regexes) occurs in the text. */
    static boolean mentions(String text, List<Pattern> patterns) {
        return patterns.stream().anyMatch(p -> p.matcher(text).find());
    }

    static List<Pattern> patterns(List<String> regexes) {
        return regexes.stream().map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    }
}

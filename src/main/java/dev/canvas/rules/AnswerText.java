package dev.canvas.rules;

import dev.canvas.model.Answer;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Field;
import dev.canvas.model.Square;
import dev.canvas.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    /**
     * The items of an answer: its list items, or else its sentences. A list item is a line (lines end at any
     * line break, {@code \R}) that matches {@code ^\s*(?:[-*+]|\d+[.)])\s+(.*)$} with some text after the marker;
     * the lines, markers and sentences are read by hand, as those regexes would.
     */
    static List<String> items(String text) {
        List<String> bullets = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (true) {
            int end = start;
            while (end < n && !isLineBreak(text.charAt(end))) {
                end++;
            }
            String item = listItem(text, start, end);
            if (item != null) {
                bullets.add(item);
            }
            if (end >= n) {
                break;
            }
            start = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        if (!bullets.isEmpty()) {
            return bullets;
        }
        return sentences(text);
    }

    /**
     * The sentences of a text: the non-blank pieces, stripped, between the matches of {@code (?<=[.;!?])\s+|\R+}
     * (white space after sentence punctuation, or line breaks), found as that split finds them: from the left,
     * the first alternative before the second, each as long as it goes.
     */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        int n = text.length();
        int piece = 0;
        int i = 0;
        while (i < n) {
            int end = i;
            char c = text.charAt(i);
            if (i > 0 && Chars.isRegexSpace(c) && isSentenceEnd(text.charAt(i - 1))) {
                while (end < n && Chars.isRegexSpace(text.charAt(end))) {
                    end++;
                }
            } else if (isLineBreak(c)) {
                while (end < n && isLineBreak(text.charAt(end))) {
                    end++;
                }
            } else {
                i++;
                continue;
            }
            addSentence(text, piece, i, sentences);
            piece = end;
            i = end;
        }
        addSentence(text, piece, n, sentences);
        return sentences;
    }

    private static void addSentence(String text, int from, int to, List<String> out) {
        String s = text.substring(from, to);
        if (!s.isBlank()) {
            out.add(s.strip());
        }
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == ';' || c == '!' || c == '?';
    }

    /** The characters {@code \R} matches alone (it also matches CR LF as one). */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The text of the list item that the line [start, end) is, stripped; null when it is none or has no text. */
    private static String listItem(String text, int start, int end) {
        int i = start;
        while (i < end && Chars.isRegexSpace(text.charAt(i))) {
            i++;
        }
        if (i >= end) {
            return null;
        }
        char c = text.charAt(i);
        if (c == '-' || c == '*' || c == '+') {
            i++;
        } else if (c >= '0' && c <= '9') {
            while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            if (i >= end || text.charAt(i) != '.' && text.charAt(i) != ')') {
                return null;
            }
            i++;
        } else {
            return null;
        }
        if (i >= end || !Chars.isRegexSpace(text.charAt(i))) {
            return null;
        }
        while (i < end && Chars.isRegexSpace(text.charAt(i))) {
            i++;
        }
        String rest = text.substring(i, end);
        return rest.isBlank() ? null : rest.strip();
    }

    static List<Pattern> patterns(List<String> regexes) {
        return regexes.stream().map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    }
}

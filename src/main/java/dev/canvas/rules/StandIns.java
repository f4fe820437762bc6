package dev.canvas.rules;

import dev.canvas.markdown.CanvasMarkdown;
import dev.canvas.text.Chars;
import dev.canvas.text.MatchText;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What is no answer: a leftover {@code {{placeholder}}}, a blank to fill in ({@code ___}), a stand-in phrase (TBD,
 * "to be determined"), or a note that starts with one ("TODO: ask legal"). {@link NonAnswerRule} reports them, with
 * the phrases its configuration gives; the substance rules pass over the built-in ones ({@link #BUILT_IN}).
 */
final class StandIns {

    /** Phrases that stand in for an answer; compared by {@link MatchText#key}. */
    static final List<String> DEFAULT_PHRASES = List.of(
            "tbd", "tba", "tbc", "todo", "to do", "fixme", "n a", "na", "none", "nothing", "unknown", "pending",
            "wip", "to be determined", "to be decided", "to be defined", "to be confirmed", "to be added",
            "to be completed", "later", "coming soon", "not yet", "not applicable", "placeholder", "lorem ipsum",
            "xxx", "answer here", "your answer here", "fill in", "fill me in", "see later", "to follow", "will follow",
            "follows", "to come", "more to come", "details to follow", "details later", "later on", "tbd later",
            "to be defined later", "to be determined later", "to be decided later", "to be confirmed later",
            "will be defined later", "will be decided later", "will be added later", "to be provided", "will be provided",
            "we will see", "we'll see", "not decided", "not decided yet", "undecided", "open", "open question",
            "not yet defined", "not yet decided", "not defined yet", "not known yet", "ask legal", "check with legal",
            "needs discussion", "to discuss", "under discussion", "in progress", "work in progress", "see below", "see above");
    /** Openings that defer the answer; followed by a short note they are still no answer ("To be confirmed after ..."). */
    private static final List<String> DEFERRING = List.of("to be confirmed", "to be defined", "to be determined",
            "to be decided", "to be agreed", "to be added", "to be completed", "to be provided", "to be clarified",
            "to be discussed", "will be defined", "will be decided", "will be confirmed", "will be provided",
            "will be added", "not yet defined", "not yet decided", "not yet known", "awaiting", "waiting for", "see later");
    /** Words that, first in an answer and followed by punctuation, make it a note rather than an answer. */
    private static final Set<String> LEADING_MARKERS = Set.of("tbd", "todo", "fixme", "tba", "tbc", "xxx", "wip");
    private static final String[] MARKERS = LEADING_MARKERS.toArray(new String[0]);
    private static final Pattern FILLER = Pattern.compile("[\\s_.\\-?…*x—–]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING = Pattern.compile("^\\W*([A-Za-z]+)\\s*[:,;\\-–—(\\[!.]");
    private static final int MAX_PHRASE_CHARS_FLOOR = 40;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The built-in stand-ins: an answer that is one is left to field-non-answer by the substance rules. */
    static final StandIns BUILT_IN = new StandIns(DEFAULT_PHRASES);

    /** The phrases, by {@link MatchText#key}. */
    private final Set<String> phrases;
    /** The most letters and digits a phrase has (its key without spaces). */
    private final int maxPhraseAlnum;
    private final int maxPhraseChars;

    StandIns(List<String> phrases) {
        this.phrases = Set.copyOf(phrases.stream().map(MatchText::key).filter(k -> !k.isEmpty()).toList());
        this.maxPhraseAlnum = this.phrases.stream().mapToInt(k -> k.replace(" ", "").length()).max().orElse(0);
        // room for emphasis, punctuation and spaces around the longest phrase
        this.maxPhraseChars = Math.max(MAX_PHRASE_CHARS_FLOOR, 3 * phrases.stream().mapToInt(String::length).max().orElse(0));
    }

    /** Why a text is not an answer, or null when it is one. */
    String why(String text) {
        // a placeholder is written {{id}}: without "{{" there is none to look for
        List<String> ph = text.contains("{{") ? CanvasMarkdown.placeholders(text) : List.of();
        if (!ph.isEmpty()) {
            return "still the template placeholder {{" + ph.get(0) + "}}";
        }
        String stripped = text.strip();
        if (mayBeFiller(stripped) && FILLER.matcher(stripped).matches()) {
            return "a blank to fill in ('" + abbreviate(stripped) + "')";
        }
        // a stand-in phrase is short: only short answers need the (costly) normalised key
        String key = stripped.length() <= maxPhraseChars && mayBePhrase(stripped) ? MatchText.key(stripped) : "";
        if (phrases.contains(key)) {
            return "a stand-in, not an answer ('" + abbreviate(stripped) + "')";
        }
        var m = mayLeadWithMarker(stripped) ? LEADING.matcher(stripped) : null;
        if (m != null && m.find() && LEADING_MARKERS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return "a note that it is still to do ('" + abbreviate(stripped) + "')";
        }
        // "To be confirmed after the steering committee.", "Will be defined in Q3": a stand-in, then a short note;
        // "See appendix (to be added)": a short pointer to what is still to be written
        if (stripped.length() <= 120 && SPACES.split(stripped).length <= 12) {
            String k = MatchText.key(stripped);
            for (String lead : DEFERRING) {
                if (k.startsWith(lead + " ") || SPACES.split(stripped).length <= 6 && (" " + k + " ").contains(" " + lead + " ")) {
                    return "a note that it is still to do ('" + abbreviate(stripped) + "')";
                }
            }
        }
        // "TBD later", "TODO ask legal", "TBC once legal replies - DPO review pending": a marker, then a short note
        // (not WIP, which starts real answers too: "WIP limits of 3 per engineer")
        if (stripped.length() <= 120 && mayLeadWithMarker(stripped)) {
            int words = SPACES.split(stripped).length;
            if (words >= 2 && words <= 12 && !stripped.replaceFirst("^\\W+", "").regionMatches(true, 0, "wip", 0, 3)) {
                return "a note that it is still to do ('" + abbreviate(stripped) + "')";
            }
        }
        return null;
    }

    /**
     * Whether {@link #FILLER} can match all of {@code s}: not when its first character is none of the filler's
     * ({@code \s}, _ . - ? … * x X — –). The empty text is left to the pattern.
     */
    private static boolean mayBeFiller(String s) {
        if (s.isEmpty()) {
            return true;
        }
        char c = s.charAt(0);
        return Chars.isRegexSpace(c) || c == '_' || c == '.' || c == '-' || c == '?' || c == '\u2026' || c == '*'
                || c == 'x' || c == 'X' || c == '\u2014' || c == '\u2013';
    }

    /**
     * Whether the key of {@code s} can be a phrase: not when {@code s} is ASCII and has more letters and digits
     * than any phrase (its key has exactly those, lower-cased). A text with other characters can change under
     * NFKC: its key is always made.
     */
    private boolean mayBePhrase(String s) {
        int alnum = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return true;
            }
            if ((c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') && ++alnum > maxPhraseAlnum) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@link #LEADING} can find a marker: its group is the run of ASCII letters at the first word
     * character ({@code \W*} takes all before it; a letter cannot end the group, as what follows it is
     * {@code \s*} then punctuation), so that run, lower-cased, must be a marker.
     */
    private static boolean mayLeadWithMarker(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && !Chars.isRegexWordChar(s.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < n && (s.charAt(i) >= 'a' && s.charAt(i) <= 'z' || s.charAt(i) >= 'A' && s.charAt(i) <= 'Z')) {
            i++;
        }
        int len = i - start;
        for (String marker : MARKERS) {
            // ASCII letters, lower-cased, against a lower-case marker: as the set lookup of the lower-cased run
            if (marker.length() == len && s.regionMatches(true, start, marker, 0, len)) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String s) {
        String one = SPACES.matcher(s).replaceAll(" "); // s.replaceAll("\\s+", " "), the pattern compiled once
        return one.length() <= 40 ? one : one.substring(0, 37) + "...";
    }
}

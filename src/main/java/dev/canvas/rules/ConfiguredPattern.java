package dev.canvas.rules;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.canvas.text.Excerpt;
import java.util.Optional;

/**
 * A regular expression from a project's configuration (or a built-in list a configuration may replace), run by RE2/J: matching takes time linear in the text,
 * whatever the pattern ({@code (a+)+$} and {@code ^(\w|\s)+$} included), and never recurses on the text, so no
 * answer can make it run for minutes or overflow the stack. The price is RE2's syntax: no back-references, no
 * look-ahead or look-behind, no possessive quantifiers; a pattern that uses them is refused when the
 * configuration is read (exit 78), never at match time. Matching is case-insensitive, as for every configured
 * pattern.
 */
public final class ConfiguredPattern {

    private final Pattern pattern;

    private ConfiguredPattern(Pattern pattern) {
        this.pattern = pattern;
    }

    /**
     * Compiles a configured pattern.
     *
     * @throws IllegalArgumentException when it is not valid RE2 syntax; the message says why (see {@link #problem})
     */
    public static ConfiguredPattern compile(String regex) {
        try {
            return new ConfiguredPattern(Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(describe(e), e);
        }
    }

    /** Why {@code regex} cannot be used, in a few words, or empty when it can. */
    public static Optional<String> problem(String regex) {
        try {
            Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of(describe(e));
        }
    }

    private static String describe(PatternSyntaxException e) {
        String d = e.getDescription();
        String what = e.getPattern() == null || e.getPattern().isEmpty() ? "" : ": " + Excerpt.of(e.getPattern());
        boolean unsupported = d != null && (d.contains("perl syntax") || d.contains("escape sequence") && what.contains("\\"));
        return (d == null ? "invalid pattern" : d) + what
                + (unsupported ? " (back-references, look-around and possessive quantifiers are not supported)" : "");
    }

    /** Whether the pattern matches somewhere in {@code text}. */
    public boolean find(CharSequence text) {
        return pattern.matcher(text).find();
    }

    /** The first match in {@code text}, if any. */
    public Optional<String> firstMatch(CharSequence text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** A matcher, for callers that need groups or several matches. */
    public Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    /** The pattern as written. */
    public String pattern() {
        return pattern.pattern();
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}

package dev.canvas.rules;

import dev.canvas.model.Subject;
import dev.canvas.text.Excerpt;
import java.util.List;
import java.util.Optional;

/**
 * Configurable kinds {@code pattern-required} and {@code pattern-forbidden}: the answer to each of
 * {@code fields} must (or must not) match {@code pattern} (RE2 syntax, case-insensitive, matched in linear time:
 * see {@link ConfiguredPattern}).
 */
public final class PatternRule extends SubstanceRule {

    /** The kinds a project names in its configuration for a rule of this class: the pattern must, or must not, match. */
    public static final String REQUIRED = "pattern-required";
    public static final String FORBIDDEN = "pattern-forbidden";

    private final boolean required;
    private final ConfiguredPattern pattern;

    PatternRule(RuleSpec spec, boolean required) {
        super(spec);
        this.required = required;
        this.pattern = ConfiguredPattern.compile(spec.string("pattern", ""));
    }

    @Override
    void judge(AnsweredFields in, FindingSink out) {
        for (Answered a : in.answered(fields(spec))) {
            Optional<String> match = pattern.firstMatch(a.text());
            if (match.isPresent() != required) {
                String dflt = required ? "the answer to '" + a.field().question() + "' does not match " + pattern.pattern()
                        : "the answer to '" + a.field().question() + "' contains '" + Excerpt.of(match.get()) + "', which is not allowed";
                out.report(a.answer().location(), Subject.field(a.square(), a.field()), spec.string("message", dflt),
                        spec.string("fix", required ? "include what the rule asks for" : "remove it"));
            }
        }
    }

    static List<String> fields(RuleSpec spec) {
        List<String> fs = spec.strings("fields", List.of());
        return fs.isEmpty() ? spec.strings("field", List.of()) : fs;
    }
}

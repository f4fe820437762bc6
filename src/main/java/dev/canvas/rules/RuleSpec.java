package dev.canvas.rules;

import dev.canvas.model.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule as data: what its class declares for the built-in rule set ({@link #builtIn}) and what a project's
 * {@code .canvas.yaml} says about it.
 *
 * @param id            stable id, lower-case words joined by '-'
 * @param kind          which implementation checks it (for built-in rules, the id itself; custom rules use one
 *                      of the configurable kinds such as {@code pattern-required})
 * @param severity      the severity in force
 * @param summary       what it checks, one line
 * @param params        the kind's parameters (field ids, phrases, patterns, thresholds); never null
 * @param doc           its documentation for {@code canvas explain}
 * @param effectiveFrom before this date a finding is reported as a warning; empty: always at its severity
 * @param origin        where the settings came from ("built-in", or a config file and line), for {@code canvas config}
 */
public record RuleSpec(String id, String kind, Severity severity, String summary, Map<String, Object> params, RuleDoc doc,
                       Optional<LocalDate> effectiveFrom, String origin) {

    public RuleSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(origin, "origin");
    }

    /** Documentation of a rule: why it exists, and an answer that passes and one that fails. */
    public record RuleDoc(String explanation, String passing, String failing) {
        public static final RuleDoc NONE = new RuleDoc("", "", "");
    }

    /** Where the built-in rules' settings come from ({@link #origin}). */
    public static final String BUILT_IN_ORIGIN = "built-in";

    /**
     * A built-in rule as its class declares it: id (its kind too), default severity and one-line summary; the
     * documentation and default parameters follow ({@link #explained}, {@link #passing}, {@link #failing},
     * {@link #defaults}).
     */
    static RuleSpec builtIn(String id, Severity severity, String summary) {
        return new RuleSpec(id, id, severity, summary, Map.of(), RuleDoc.NONE, Optional.empty(), BUILT_IN_ORIGIN);
    }

    /** The same rule, of another kind: {@link RuleSet#PARSER_KIND} for a finding that reading the file makes. */
    RuleSpec ofKind(String kind) {
        return new RuleSpec(id, kind, severity, summary, params, doc, effectiveFrom, origin);
    }

    /** With this explanation ({@code canvas explain}): why the rule exists, what it reads. */
    RuleSpec explained(String explanation) {
        return new RuleSpec(id, kind, severity, summary, params, new RuleDoc(explanation, doc.passing(), doc.failing()),
                effectiveFrom, origin);
    }

    /** With this example of an answer that passes. */
    RuleSpec passing(String example) {
        return new RuleSpec(id, kind, severity, summary, params, new RuleDoc(doc.explanation(), example, doc.failing()),
                effectiveFrom, origin);
    }

    /** With this example of an answer that fails. */
    RuleSpec failing(String example) {
        return new RuleSpec(id, kind, severity, summary, params, new RuleDoc(doc.explanation(), doc.passing(), example),
                effectiveFrom, origin);
    }

    /**
     * With these default parameters, given as name, value, name, value... A whole number is kept as a
     * {@link BigDecimal}, as a configuration's YAML gives it, so that a configuration restating a default changes
     * nothing.
     */
    RuleSpec defaults(Object... namesAndValues) {
        Map<String, Object> p = new LinkedHashMap<>(params);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object v = namesAndValues[i + 1];
            p.put((String) namesAndValues[i], v instanceof Integer n ? BigDecimal.valueOf(n) : v);
        }
        return new RuleSpec(id, kind, severity, summary, p, doc, effectiveFrom, origin);
    }

    public RuleSpec withSeverity(Severity s, String from) {
        return new RuleSpec(id, kind, s, summary, params, doc, effectiveFrom, from);
    }

    public RuleSpec withParams(Map<String, Object> more, String from) {
        Map<String, Object> p = new LinkedHashMap<>(params);
        p.putAll(more);
        return new RuleSpec(id, kind, severity, summary, p, doc, effectiveFrom, from);
    }

    public RuleSpec withEffectiveFrom(LocalDate d, String from) {
        return new RuleSpec(id, kind, severity, summary, params, doc, Optional.of(d), from);
    }

    public String string(String name, String dflt) {
        Object v = params.get(name);
        return v == null ? dflt : String.valueOf(v);
    }

    public List<String> strings(String name, List<String> dflt) {
        Object v = params.get(name);
        if (v == null) {
            return dflt;
        }
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
        } else {
            out.add(String.valueOf(v));
        }
        return out;
    }

    public double number(String name, double dflt) {
        Object v = params.get(name);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        return v == null ? dflt : Double.parseDouble(String.valueOf(v));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String name) {
        Object v = params.get(name);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}

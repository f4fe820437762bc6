package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Finding;
import dev.canvas.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rules in force and the severity of each. Immutable; one per run, shared by every file. */
public final class RuleSet {

    private final List<Rule> rules;
    private final Map<String, Severity> severities;

    public RuleSet(List<Rule> rules, Map<String, Severity> overrides) {
        this.rules = List.copyOf(rules);
        Map<String, Severity> s = new LinkedHashMap<>();
        for (Rule r : rules) {
            s.put(r.id(), overrides.getOrDefault(r.id(), r.defaultSeverity()));
        }
        this.severities = Map.copyOf(s);
    }

    /** The built-in rules at their default severities. */
    public static RuleSet builtIn() {
        return new RuleSet(List.of(new CanvasKindRule(), new PrerequisiteRule(), new SquareMissingRule(),
                new FieldMissingRule(), new FieldEmptyRule(), new NonAnswerRule(), new GateRule()), Map.of());
    }

    public List<Rule> rules() {
        return rules;
    }

    public Severity severity(String ruleId) {
        return severities.get(ruleId);
    }

    /** Runs every rule on one document. */
    public List<Finding> check(CanvasDefinition def, CanvasDocument doc) {
        List<Finding> out = new ArrayList<>();
        for (Rule r : rules) {
            r.check(def, doc, new FindingSink(r.id(), severities.get(r.id()), out));
        }
        return out;
    }
}

package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Finding;
import dev.canvas.model.RuleInfo;
import dev.canvas.parse.ParseFindings;
import dev.canvas.schema.SchemaValidator;
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

    /**
     * Every rule id a run can report, with its severity and summary: the rules here, then the findings that
     * parsing and the schema make ({@code syntax-error}, {@code schema-violation}, ...).
     */
    public List<RuleInfo> catalog() {
        List<RuleInfo> out = new ArrayList<>();
        for (Rule r : rules) {
            out.add(new RuleInfo(r.id(), severities.get(r.id()), r.summary()));
        }
        out.add(new RuleInfo(ParseFindings.SYNTAX, Severity.BLOCKER,
                "the file can be read: text, UTF-8, within the size limit, valid YAML (and valid front matter)"));
        out.add(new RuleInfo(ParseFindings.EMPTY, Severity.BLOCKER, "the file has content"));
        out.add(new RuleInfo(ParseFindings.DUPLICATE, Severity.BLOCKER, "no question, box or YAML key appears twice"));
        out.add(new RuleInfo(SchemaValidator.RULE, Severity.BLOCKER,
                "a YAML canvas matches the schema (canvas schema): known keys, text answers, true/false boxes"));
        out.add(new RuleInfo(ParseFindings.UNKNOWN, Severity.WARNING, "the canvas has nothing the template does not define"));
        return out;
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

package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Subject;
import java.util.List;
import java.util.regex.Pattern;

/** Compliance names the regulations that apply, or says why none do. */
public final class ComplianceNamedRule extends SpecRule {

    static final List<String> REGULATIONS = List.of("gdpr", "uk gdpr", "ccpa", "cpra", "hipaa", "soc ?2", "iso ?27001",
            "iso ?27701", "iso ?42001", "pci[- ]?dss", "eu ai act", "ai act", "sox|sarbanes", "ferpa", "glba", "fedramp", "nis ?2",
            "dora", "lgpd", "pipeda", "appi", "pdpa", "coppa", "fisma", "cjis", "itar", "hgb", "gobd", "bdsg", "dsgvo", "fca",
            "finra", "mifid", "basel", "nist", "csa star", "cmmc", "hitrust", "section 508", "wcag", "accessibility act");
    static final Pattern NONE_BECAUSE = Pattern.compile(
            "(?i)\\b(no (specific )?(regulation|regulatory|compliance)[^.]*\\b(because|since|as)\\b|not subject to|none apply because|no personal data)");

    private static final PatternSet NONE_BECAUSE_SET = PatternSet.of(NONE_BECAUSE);

    /** The regulations' patterns with their needles (the names), to look for all of them in one pass. */
    private final PatternSet regs;

    public ComplianceNamedRule(RuleSpec spec) {
        super(spec);
        this.regs = new PatternSet(AnswerText.patterns(
                spec.strings("regulations", REGULATIONS).stream().map(s -> "\\b(" + s + ")\\b").toList()));
    }

    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        List<AnswerText.Answered> answers = AnswerText.answered(def, doc,
                spec.strings("fields", List.of("compliance_requirements", "regulatory_compliance")));
        if (answers.isEmpty()) {
            return;
        }
        boolean named = answers.stream().anyMatch(a -> regs.scan(a.text()).findAny() || NONE_BECAUSE_SET.scan(a.text()).find(0));
        if (!named) {
            AnswerText.Answered a = answers.get(0);
            out.report(a.answer().location(), Subject.field(a.square(), a.field()),
                    "no regulation is named, and no reason why none applies",
                    "name the regulations that apply (GDPR, CCPA, HIPAA, SOC 2, ...) or say why none do");
        }
    }
}

package dev.canvas.rules;

import dev.canvas.model.Severity;
import dev.canvas.model.Subject;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compliance names the regulations that apply, or says why none do. A regulation the list does not know, but that
 * the answer names as one (an acronym beside "regulation", "act", "directive", a CFR part, an ISO standard), makes
 * a warning rather than a gap.
 */
public final class ComplianceNamedRule extends SubstanceRule {

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "compliance-named";
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.GAP,
            "compliance names the regulations that apply, or says why none do")
            .explained("Name the regulations (GDPR, CCPA, HIPAA, SOC 2, ISO 27001, EU AI Act, ...), or explain why none "
                    + "applies.")
            .passing("GDPR (EU employees' data) and SOC 2 Type II.")
            .failing("We follow all applicable rules.")
            .defaults("fields", List.of("compliance_requirements", "regulatory_compliance"));

    static final List<String> REGULATIONS = List.of("gdpr", "uk gdpr", "ccpa", "cpra", "hipaa", "hitech", "soc ?[12]",
            "iso(/iec)? ?27001", "iso(/iec)? ?27701", "iso(/iec)? ?42001", "iso ?9001", "iso ?13485", "iec ?62304",
            "pci[- ]?dss", "eu ai act", "ai act", "sox|sarbanes", "ferpa", "glba", "fedramp", "nis ?2", "dora", "lgpd", "pipeda",
            "appi", "pdpa", "pipl", "popia", "coppa", "fisma", "cjis", "itar", "ear", "hgb", "gobd", "bdsg", "dsgvo", "fca", "finra",
            "mifid( ?ii)?", "basel", "nist", "csa star", "cmmc", "hitrust", "section 508", "wcag", "accessibility act", "psd2",
            "aml(d\\d?)?", "kyc", "bafin", "marisk", "bait", "eba", "finma", "n?fadp|revfadp|nfadp|n?dsg|revdsg", "dpa 2018", "privacy act",
            "21 cfr( part)? 11", "cfr", "gxp", "gmp", "gcp", "gamp ?5?", "fda", "ema", "mdr", "ivdr", "hds", "c5", "tisax",
            "isae ?3402", "ssae ?18", "csrd", "esg", "eprivacy", "cra", "cyber resilience act", "data act", "dsa", "dma",
            "lopdgdd", "cnil", "ico", "fadp", "pdpb", "dpdp", "ndpr", "kvkk", "ohsa", "osha", "ferc", "nerc( cip)?", "iec ?62443",
            "solvency ii", "ifrs", "gaap", "ftc", "tcpa", "fcra", "ecoa", "hmda", "reg ?[bez]", "udaap", "pra", "sec rule",
            "uk dpa", "data protection act", "cpra", "vcdpa", "cpa", "ctdpa", "ucpa", "tdpsa", "bipa", "nyc ll ?144",
            "colorado ai act", "gdpr art", "article \\d+");
    static final Pattern NONE_BECAUSE = Pattern.compile(
            "(?i)\\b(no (specific )?(regulation|regulatory|compliance)[^.]*\\b(because|since|as)\\b|not subject to|none apply because"
                    + "|no personal data|no regulated data|outside the scope of)");
    /**
     * Something named as a regulation the list may lack: "the X Act", "Regulation (EU) 2024/1689", "Gesetz", a section
     * sign, a CFR part or an ISO/IEC/EN standard. (Not any acronym: AWS, SSO and MFA name no regulation.)
     */
    static final Pattern LOOKS_LIKE_ONE = Pattern.compile(
            "\\b(Act|Regulation|Directive|Law|Ordinance|Circular|Statute|Gesetz|Verordnung|Loi|Ley)\\b"
                    + "|§|\\b(CFR|ISO|IEC|EN) ?\\d+");

    private final PatternList regs;

    public ComplianceNamedRule(RuleSpec spec) {
        super(spec);
        this.regs = PatternList.of(spec, "regulations", REGULATIONS, true);
    }

    @Override
    void judge(AnsweredFields in, FindingSink out) {
        List<Answered> answers = in.answered(spec.strings("fields", List.of("compliance_requirements", "regulatory_compliance")));
        if (answers.isEmpty()) {
            return;
        }
        boolean named = answers.stream().anyMatch(a -> regs.find(a.text()) || NONE_BECAUSE.matcher(a.text()).find());
        if (named) {
            return;
        }
        Answered a = answers.get(0);
        String message = "no regulation is named, and no reason why none applies";
        String fix = "name the regulations that apply (GDPR, CCPA, HIPAA, SOC 2, ...) or say why none do";
        if (answers.stream().anyMatch(x -> LOOKS_LIKE_ONE.matcher(x.text()).find())) {
            out.warn(a.answer().location(), Subject.field(a.square(), a.field()), "no regulation that canvas knows is named", fix);
        } else {
            out.report(a.answer().location(), Subject.field(a.square(), a.field()), message, fix);
        }
    }
}

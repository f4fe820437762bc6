package dev.canvas.rules;

import dev.canvas.model.Severity;
import dev.canvas.parse.ParseFindings;
import dev.canvas.schema.SchemaValidator;

/**
 * The rules whose findings are made outside the rules, while a file is read: parsing, the schema, the waivers of a
 * configuration or canvas. They have no class that checks them, but they are rules all the same: in the rule set,
 * documented, and configurable (their severity; {@code syntax-error} and {@code empty-canvas} are locked). Each is
 * registered in {@link RuleSet} as a parser rule; the id is the one its maker uses.
 */
final class ParserRules {

    private ParserRules() {
    }

    /** The id config.Waivers gives its findings (config reads the rule set, so this package cannot name it there). */
    static final String WAIVER_INVALID_ID = "waiver-invalid";

    static final RuleSpec SYNTAX_ERROR = RuleSpec.builtIn(ParseFindings.SYNTAX, Severity.BLOCKER,
            "the file can be read: text, UTF-8, within the size limit, valid YAML (and valid front matter)")
            .ofKind(RuleSet.PARSER_KIND)
            .explained("A canvas that cannot be read cannot be judged, so it is never ready. Fix the error at the line "
                    + "given.")
            .passing("canvas: production")
            .failing("canvas: production\nsquares:\n  outcome: fine\n   success_measure: badly indented")
            .defaults("locked", true);

    static final RuleSpec EMPTY_CANVAS = RuleSpec.builtIn(ParseFindings.EMPTY, Severity.BLOCKER,
            "the file has content")
            .ofKind(RuleSet.PARSER_KIND)
            .explained("An empty file is a canvas with nothing in it; start from 'canvas init'.")
            .passing("canvas: production")
            .failing("")
            .defaults("locked", true);

    static final RuleSpec DUPLICATE_ENTRY = RuleSpec.builtIn(ParseFindings.DUPLICATE, Severity.BLOCKER,
            "no question, box or YAML key appears twice")
            .ofKind(RuleSet.PARSER_KIND)
            .explained("When a question, a checklist item or a YAML key appears twice, which one counts is unclear.")
            .passing("squares:\n  on_call: The platform team")
            .failing("squares:\n  on_call: The platform team\n  on_call: Nobody yet");

    static final RuleSpec SCHEMA_VIOLATION = RuleSpec.builtIn(SchemaValidator.RULE, Severity.BLOCKER,
            "a YAML canvas matches the schema (canvas schema): known keys, text answers, true/false boxes")
            .ofKind(RuleSet.PARSER_KIND)
            .explained("The YAML canvas format has a JSON Schema derived from the template ('canvas schema'). Unknown "
                    + "keys are usually typos of field ids.")
            .passing("squares:\n  success_metrics: Weekly active users and hours saved per clerk")
            .failing("squares:\n  sucess_metrics: Weekly active users");

    static final RuleSpec UNKNOWN_CONTENT = RuleSpec.builtIn(ParseFindings.UNKNOWN, Severity.WARNING,
            "the canvas has nothing the template does not define")
            .ofKind(RuleSet.PARSER_KIND)
            .explained("A square number or checklist item the template does not have is shown, with a \"did you mean\", "
                    + "but does not change the verdict.")
            .passing("- [x] Provider failover tested")
            .failing("- [x] Provider fail-over drill done");

    static final RuleSpec WAIVER_INVALID = RuleSpec.builtIn(WAIVER_INVALID_ID, Severity.GAP,
            "every waiver gives a rule, a reason, an approver (approved_by) and an expiry date that has not "
                + "passed")
            .ofKind(RuleSet.PARSER_KIND)
            .explained("A waiver accepts the findings of a rule (optionally of one field or item) for a time. One "
                    + "without reason, approver or expiry, or past its expiry, waives nothing and is this finding, so "
                    + "that exceptions are renewed on purpose rather than forgotten.")
            .passing("waivers: [{rule: gate-unchecked, item: provider-failover-tested, reason: game day on "
                    + "2026-12-03, approved_by: CTO, expires: 2026-12-31}]")
            .failing("waivers: [{rule: gate-unchecked, reason: later}]");
}

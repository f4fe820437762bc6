package dev.canvas.config;

/**
 * The commented starter {@code .canvas.yaml} that {@code canvas init --config} writes. As written it changes
 * nothing (the built-in rules apply) and is valid both as the repository root's file and as a nested one; every key
 * a configuration accepts is shown, with examples to uncomment. The convention, which a test holds: a line that is
 * {@code #} followed by one space and prose is an explanation; a line that is {@code #} followed directly by YAML
 * (at column 0, or indented by two spaces or more) is an example, used by deleting the {@code #}. With every example
 * uncommented, the file is a valid root configuration for the bundled templates.
 */
public final class StarterConfig {

    private StarterConfig() {
    }

    /** The file's text. */
    public static String text() {
        return TEXT;
    }

    private static final String TEXT = """
            # canvas configuration: how 'canvas check' judges the canvases of this repository.
            # Written by 'canvas init --config'. As it stands it changes nothing: the built-in rules apply.
            #
            # A line '#' followed by YAML is an example: delete the '#' (only the '#') to use it.
            # 'canvas rules' lists the rules, 'canvas explain RULE' says what one checks and which parameters it takes,
            # 'canvas config' shows what is in force and where each value came from, and 'canvas config --print'
            # writes it out as a file like this one.
            #
            # Trust: only the command line (--config) and the .canvas.yaml at the repository root are trusted; protect
            # this file with CODEOWNERS. A .canvas.yaml in a folder below the root extends the root's for the canvases
            # under it and may only make the rules stricter (raise a severity, turn a rule on, add a rule of its own);
            # allow_canvas_waivers, allow_nested_relaxing and waivers are for the root's file only.
            # The file is plain YAML: no key twice, no aliases (*name) or tags (!name). Dates are YYYY-MM-DD.

            # extends: the rule set this file starts from. 'builtin' is the only one, and the default.
            extends: builtin

            # allow_canvas_waivers (root only; default false): whether a canvas may carry its own 'waivers:' list (in
            # its YAML or Markdown front matter). Even then a canvas never waives a blocker, syntax-error or empty-canvas.
            #allow_canvas_waivers: true

            # allow_nested_relaxing (root only; default false): whether a nested .canvas.yaml may also lower, turn off,
            # delay and re-parameterise rules that are not blockers, and waive their findings.
            #allow_nested_relaxing: true

            # rules: rule id -> a severity (blocker, gap, warning), off, or a mapping of settings and parameters.
            # Settings: severity, effective_from (until that date a finding is a warning that says when it will
            # count), and for a rule of your own kind and summary; every other key is a parameter of the rule.
            # syntax-error and empty-canvas are locked: they cannot be turned off, lowered, delayed or waived.
            #rules:
            #  vanity-metrics: off             # turn a rule off
            #  gate-unchecked: warning         # change a severity
            #  field-non-answer:               # change parameters ('canvas explain field-non-answer' lists them)
            #    extra_phrases: [ask legal, see wiki]
            #    min_words: 3
            #    min_words_by_field: {roi_calculation: 12}
            #  sla-measurable:                 # make a rule a blocker from a date on
            #    severity: blocker
            #    effective_from: 2027-01-01
            #  require-dpia:                   # a rule of your own
            #    kind: pattern-required        # or pattern-forbidden, required-field, number-range, min-count
            #    severity: gap                 # default: blocker
            #    summary: compliance mentions the DPIA
            #    fields: [compliance_requirements, regulatory_compliance]   # field ids: 'canvas schema' lists them
            #    pattern: "\\\\bDPIA\\\\b"           # a case-insensitive regular expression (RE2 syntax)
            #    message: compliance does not mention the data protection impact assessment
            #    fix: link the DPIA
            #  response-time-budget:           # number-range: a number in the answer between min and max
            #    kind: number-range
            #    field: performance_requirements
            #    pattern: "p95 < (\\\\d+) ms"        # optional: the number is its first group
            #    min: 100
            #    max: 2000
            #  enough-success-metrics:         # min-count: at least min list items (or pattern matches)
            #    kind: min-count
            #    fields: [success_metrics]
            #    min: 3
            #  growth-strategy-given:          # required-field: these fields must be answered
            #    kind: required-field
            #    fields: [growth_strategy]
            #    severity: gap
            #  no-internal-hostnames:          # pattern-forbidden: an answer must not match the pattern
            #    kind: pattern-forbidden
            #    fields: [api_management]
            #    pattern: "\\\\.corp\\\\.internal\\\\b"

            # waivers (root only): accept the findings of a rule, for one field or checklist item (field: or item:,
            # optional) or for all of them, until a date. Each needs a reason, an approver and an expiry; without
            # them, or once expired, a waiver waives nothing and is itself a finding (waiver-invalid).
            #waivers:
            #  - rule: gate-unchecked
            #    item: provider-failover-tested
            #    reason: failover game day on 2026-12-03
            #    approved_by: Dana Reyes (VP Engineering)
            #    expires: 2026-12-31
            #  - rule: sla-measurable
            #    field: performance_requirements
            #    reason: load test scheduled with the vendor
            #    approved_by: Priya Natarajan (Security)
            #    expires: 2027-03-31
            """;
}

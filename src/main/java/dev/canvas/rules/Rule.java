package dev.canvas.rules;

/**
 * One check on a canvas. Implementations are stateless and thread-safe: what they check is configured by their
 * {@link RuleSpec} (id, severity, parameters), what they read of the document comes from the {@link RuleContext}
 * (made once per document and shared by the rules of that check), and they report through the
 * {@link FindingSink}, which stamps the rule id and the severity in force. Detection never decides severity.
 *
 * <p>Adding a rule: docs/adding-a-rule.md.
 */
public interface Rule {

    /** The rule's settings: id, severity, summary, parameters, documentation. */
    RuleSpec spec();

    /** Stable id ({@code field-empty}); used in every output, in configuration and in waivers. */
    default String id() {
        return spec().id();
    }

    /** Reports every violation in the context's document of what its definition requires. */
    void check(RuleContext ctx, FindingSink out);
}

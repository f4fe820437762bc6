package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;

/**
 * One check on a canvas. Implementations are stateless and thread-safe; what they check is configured by their
 * {@link RuleSpec} (id, severity, parameters), and they report through the {@link FindingSink}, which stamps the
 * rule id and the severity in force. Detection never decides severity.
 */
public interface Rule {

    /** The rule's settings: id, severity, summary, parameters, documentation. */
    RuleSpec spec();

    /** Stable id ({@code field-empty}); used in every output, in configuration and in waivers. */
    default String id() {
        return spec().id();
    }

    /** Reports every violation in {@code doc} of what {@code definition} requires. */
    void check(CanvasDefinition definition, CanvasDocument doc, FindingSink out);
}

package dev.canvas.parse;

/**
 * The keys of the YAML canvas format, shared by the parser, the schema generator and {@code init}.
 *
 * <pre>
 * canvas: production            # the kind; required
 * project: Support triage agent # free text
 * metadata: {...}               # free-form: owners, dates, links
 * prerequisites:                # checklist item id: true|false
 *   poc-canvas-completed-8-squares: true
 * squares:                      # field id: answer text
 *   success_metrics: |
 *     ...
 * gates:                        # checklist id: {item id: true|false}
 *   phase-1:
 *     poc-results-documented-with-evidence: true
 * </pre>
 */
public final class YamlCanvasFormat {
    public static final String CANVAS = "canvas";
    public static final String PROJECT = "project";
    public static final String METADATA = "metadata";
    public static final String PREREQUISITES = "prerequisites";
    public static final String SQUARES = "squares";
    public static final String GATES = "gates";
    /** The Production Readiness Checklist: item id to true|false, or the path of a separate checklist file. */
    public static final String CHECKLIST = "checklist";
    /** Sign-offs: role id to {name, date}. */
    public static final String SIGNOFFS = "signoffs";
    /** Accepted exceptions (see the README's Waivers). */
    public static final String WAIVERS = "waivers";
    /** Checklist id of the prerequisites, which YAML keeps at the top level rather than under {@code gates}. */
    public static final String PREREQUISITES_CHECKLIST = "prerequisites";

    private YamlCanvasFormat() {
    }
}

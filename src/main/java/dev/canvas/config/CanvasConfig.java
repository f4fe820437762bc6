package dev.canvas.config;

import dev.canvas.model.Location;
import dev.canvas.model.Waiver;
import dev.canvas.rules.RuleSpec;
import java.util.List;
import java.util.Optional;

/**
 * The configuration in force for a canvas: the repository root's {@code .canvas.yaml} (or {@code --config}),
 * which is trusted, extended by any {@code .canvas.yaml} in the folders between it and the canvas, which are not
 * (a pull request can add them): see {@code docs/security.md}.
 *
 * @param source           the configuration files, root first, joined with " + "; empty for the built-in rule set alone
 * @param specs            every enabled rule with its settings and where they came from
 * @param disabled         rule ids turned off, with where ("id (file:line)")
 * @param waivers          the trusted configuration's waivers
 * @param policy           what the trusted configuration lets untrusted files do
 * @param untrustedWaivers waivers from nested configuration files (only where the policy lets them relax rules),
 *                         applied as a canvas's own are: never to a blocker or a locked rule
 * @param fieldRefs        the field ids the configuration names, checked against the templates when they are known
 */
public record CanvasConfig(Optional<String> source, List<RuleSpec> specs, List<String> disabled, List<Waiver> waivers,
                           Policy policy, List<Waiver> untrustedWaivers, List<FieldRef> fieldRefs) {

    public CanvasConfig {
        specs = List.copyOf(specs);
        disabled = List.copyOf(disabled);
        waivers = List.copyOf(waivers);
        untrustedWaivers = List.copyOf(untrustedWaivers);
        fieldRefs = List.copyOf(fieldRefs);
    }

    public CanvasConfig(Optional<String> source, List<RuleSpec> specs, List<String> disabled, List<Waiver> waivers) {
        this(source, specs, disabled, waivers, Policy.STRICT, List.of(), List.of());
    }

    /**
     * What the trusted configuration allows untrusted files to do.
     *
     * @param canvasWaivers  a canvas may carry waivers ({@code allow_canvas_waivers: true}); even then never of a
     *                       blocker or of a locked rule
     * @param nestedRelaxing a nested {@code .canvas.yaml} may also lower or turn off rules that are not blockers,
     *                       change their parameters or dates and waive their findings ({@code allow_nested_relaxing:
     *                       true}); without it a nested file may only make the rules stricter
     */
    public record Policy(boolean canvasWaivers, boolean nestedRelaxing) {
        public static final Policy STRICT = new Policy(false, false);
    }

    /** A field id a rule names, where. */
    public record FieldRef(String id, String rule, Location location) {
    }
}

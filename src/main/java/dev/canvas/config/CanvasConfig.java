package dev.canvas.config;

import dev.canvas.model.Waiver;
import dev.canvas.rules.RuleSpec;
import java.util.List;
import java.util.Optional;

/**
 * The configuration in force for a canvas.
 *
 * @param source   the configuration file, or empty for the built-in rule set alone
 * @param specs    every enabled rule with its settings and where they came from
 * @param disabled rule ids turned off, with where ("id (file:line)")
 * @param waivers  the configuration's waivers
 */
public record CanvasConfig(Optional<String> source, List<RuleSpec> specs, List<String> disabled, List<Waiver> waivers) {
    public CanvasConfig {
        specs = List.copyOf(specs);
        disabled = List.copyOf(disabled);
        waivers = List.copyOf(waivers);
    }
}

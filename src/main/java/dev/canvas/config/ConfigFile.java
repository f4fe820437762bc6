package dev.canvas.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code .canvas.yaml} as written, bound by {@link ConfigReader} with jackson-databind: each key the file may
 * have is a component here, and any other key is an error at its line. Absent keys are null. What the values
 * mean, and whether this file may give them, {@link ConfigLoader} decides.
 *
 * @param base                {@code extends}: the rule set the file starts from
 * @param allowCanvasWaivers  {@code allow_canvas_waivers} (the repository root's file only)
 * @param allowNestedRelaxing {@code allow_nested_relaxing} (the repository root's file only)
 * @param rules               {@code rules}: rule id to its entry, in the file's order
 * @param waivers             {@code waivers}
 */
record ConfigFile(@JsonProperty("extends") Base base,
                  @JsonProperty(ConfigLoader.ALLOW_CANVAS_WAIVERS) Boolean allowCanvasWaivers,
                  @JsonProperty(ConfigLoader.ALLOW_NESTED_RELAXING) Boolean allowNestedRelaxing,
                  @JsonProperty("rules") @JsonDeserialize(contentUsing = RuleReader.class) Map<String, Rule> rules,
                  @JsonProperty("waivers") List<Waiver> waivers) {

    /** A file with nothing in it (empty, or comments only). */
    static final ConfigFile EMPTY = new ConfigFile(null, null, null, null, null);

    /** The rule sets a configuration can start from. */
    enum Base {
        BUILTIN("builtin");

        private final String id;

        Base(String id) {
            this.id = id;
        }

        @JsonValue
        @Override
        public String toString() {
            return id;
        }
    }

    /** A severity as a configuration gives it, or off. */
    enum Level {
        OFF("off"), BLOCKER("blocker"), GAP("gap"), WARNING("warning");

        private final String id;

        Level(String id) {
            this.id = id;
        }

        @JsonValue
        @Override
        public String toString() {
            return id;
        }
    }

    /**
     * A rule's entry: {@code gate-unchecked: warning} and {@code vanity-metrics: off} (or {@code false}) give a level
     * alone; a mapping gives settings ({@link Keys}) and parameters.
     *
     * @param severity      the level given, or null
     * @param kind          a rule of the project's own: its kind; null for a built-in rule
     * @param summary       what the rule checks, in a few words; or null
     * @param effectiveFrom {@code effective_from} as written (YYYY-MM-DD), or null
     * @param params        every other key of the mapping, in the file's order: the rule's parameters
     */
    record Rule(Level severity, String kind, String summary, String effectiveFrom, Map<String, Object> params) {

        static Rule of(Level level) {
            return new Rule(level, null, null, null, Map.of());
        }
    }

    /** The keys of a rule's mapping that are settings, not parameters. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Keys(@JsonProperty("severity") Level severity, @JsonProperty("kind") String kind,
                @JsonProperty("summary") String summary, @JsonProperty("effective_from") String effectiveFrom) {

        static final Set<String> NAMES = Set.of("severity", "kind", "summary", "effective_from");
    }

    /** A waiver as written: {@link WaiverReader#waiver} makes it one, and {@link Waivers} judges it. */
    record Waiver(@JsonProperty("rule") String rule, @JsonProperty("field") String field, @JsonProperty("item") String item,
                  @JsonProperty("reason") String reason, @JsonProperty("approved_by") String approvedBy,
                  @JsonProperty("expires") String expires) {
    }

    /**
     * A rule's entry in any of its forms: a level (text), {@code false} (off), or a mapping of settings; anything
     * else is "not a valid value" at the rule's line.
     */
    static final class RuleReader extends StdDeserializer<Rule> {
        private static final long serialVersionUID = 1L;

        RuleReader() {
            super(Rule.class);
        }

        @Override
        public Rule deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            switch (p.currentToken()) {
                case VALUE_STRING -> {
                    for (Level l : Level.values()) {
                        if (l.id.equals(p.getText())) {
                            return Rule.of(l);
                        }
                    }
                }
                case VALUE_FALSE -> {
                    return Rule.of(Level.OFF);
                }
                case START_OBJECT -> {
                    // read twice: the settings bound, and the whole mapping in its order for the parameters
                    TokenBuffer mapping = ctxt.bufferAsCopyOfValue(p);
                    Keys keys;
                    try (JsonParser q = mapping.asParserOnFirstToken()) {
                        keys = ctxt.readValue(q, Keys.class);
                    }
                    Map<String, Object> params;
                    try (JsonParser q = mapping.asParserOnFirstToken()) {
                        params = ctxt.readValue(q, ctxt.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class));
                    }
                    params.keySet().removeAll(Keys.NAMES);
                    return new Rule(keys.severity(), keys.kind(), keys.summary(), keys.effectiveFrom(), params);
                }
                default -> {
                }
            }
            return (Rule) ctxt.handleUnexpectedToken(Rule.class, p);
        }
    }
}

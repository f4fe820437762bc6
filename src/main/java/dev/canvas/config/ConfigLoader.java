package dev.canvas.config;

import dev.canvas.model.Location;
import dev.canvas.model.Severity;
import dev.canvas.model.Waiver;
import dev.canvas.parse.DataTree;
import dev.canvas.parse.YamlTreeReader;
import dev.canvas.rules.RuleSet;
import dev.canvas.rules.RuleSpec;
import dev.canvas.schema.DataTreeValidator;
import dev.canvas.text.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code .canvas.yaml}. The file is validated against its JSON Schema first; then each rule entry is
 * merged onto the built-in rule set (a severity, {@code off}, parameters, {@code effective_from}) or, with a
 * {@code kind}, adds a rule of one of the configurable kinds. Every mistake is a {@link ConfigException} at
 * its line.
 */
public final class ConfigLoader {

    /** The file name looked for from a canvas's directory upward. */
    public static final String FILE_NAME = ".canvas.yaml";
    private static final long MAX_BYTES = 1024 * 1024;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static volatile DataTreeValidator validator;

    private ConfigLoader() {
    }

    /** The built-in rule set alone. */
    public static CanvasConfig builtIn() {
        return new CanvasConfig(Optional.empty(), RuleSet.builtInSpecs(), List.of(), List.of());
    }

    /**
     * The nearest {@code .canvas.yaml} from {@code dir} upward, stopping at the git work tree's root (or the
     * filesystem root outside one).
     */
    public static Optional<Path> find(Path dir) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path f = d.resolve(FILE_NAME);
            if (Files.isRegularFile(f)) {
                return Optional.of(relative(f));
            }
            if (Files.exists(d.resolve(".git"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A path as the user would write it: relative to the working directory when under it. */
    private static Path relative(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
    }

    public static String schemaJson() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream("/dev/canvas/config/canvas-config.schema.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CanvasConfig load(Path path, String display) throws ConfigException {
        SourceText src;
        try {
            src = SourceText.read(path, MAX_BYTES);
        } catch (IOException e) {
            throw new ConfigException(Location.of(display), "cannot read the configuration: " + dev.canvas.check.Inputs.describe(e),
                    "check the --config path");
        }
        if (src.problem().isPresent()) {
            throw new ConfigException(Location.of(display, src.problem().get().line()), src.problem().get().message(),
                    src.problem().get().fix());
        }
        return parse(src.text(), display);
    }

    @SuppressWarnings("unchecked")
    public static CanvasConfig parse(String text, String file) throws ConfigException {
        YamlTreeReader.Result r = YamlTreeReader.read(file, text, 0, "configuration");
        if (!r.findings().isEmpty()) {
            var f = r.findings().get(0);
            throw new ConfigException(f.location(), f.message(), f.fix());
        }
        if (r.tree().isEmpty()) {
            return new CanvasConfig(Optional.of(file), RuleSet.builtInSpecs(), List.of(), List.of()); // empty file
        }
        DataTree tree = r.tree().get();
        if (validator == null) {
            validator = new DataTreeValidator(schemaJson());
        }
        var violations = validator.validate(tree, file);
        if (!violations.isEmpty()) {
            var v = violations.get(0);
            throw new ConfigException(v.location(), "invalid configuration: " + v.message(),
                    "see the README's 'Configuration' section, or 'canvas config' for the effective settings");
        }
        Map<String, Object> top = (Map<String, Object>) tree.data();
        Map<String, RuleSpec> specs = new LinkedHashMap<>();
        RuleSet.builtInSpecs().forEach(s -> specs.put(s.id(), s));
        List<String> disabled = new ArrayList<>();
        if (top.get("rules") instanceof Map<?, ?> rules) {
            for (Map.Entry<?, ?> e : rules.entrySet()) {
                String id = String.valueOf(e.getKey());
                Location at = tree.locate("/rules/" + id.replace("~", "~0").replace("/", "~1"), file);
                rule(id, e.getValue(), at, specs, disabled);
            }
        }
        List<Waiver> waivers = new ArrayList<>();
        if (top.get("waivers") instanceof List<?> ws) {
            waivers.addAll(WaiverReader.read(ws, "/waivers", tree, file));
        }
        return new CanvasConfig(Optional.of(file), new ArrayList<>(specs.values()), disabled, waivers);
    }

    @SuppressWarnings("unchecked")
    private static void rule(String id, Object value, Location at, Map<String, RuleSpec> specs, List<String> disabled)
            throws ConfigException {
        String origin = at.toString();
        RuleSpec base = specs.get(id);
        Map<String, Object> settings = value instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
        String severity = value instanceof String s ? s : value instanceof Boolean ? "off" : (String) settings.remove("severity");
        String kind = (String) settings.remove("kind");
        if (base == null && kind == null) {
            throw new ConfigException(at, "unknown rule '" + id + "'" + suggestion(id, specs.keySet()),
                    "use an id from 'canvas rules', or add a rule of your own with kind: (" + String.join(", ",
                            RuleSet.CONFIGURABLE_KINDS.stream().sorted().toList()) + ")");
        }
        if (base != null && kind != null) {
            throw new ConfigException(at, "rule '" + id + "' is built in; 'kind' is only for rules of your own",
                    "give your rule another id, or drop 'kind'");
        }
        if (base == null && !ID.matcher(id).matches()) {
            throw new ConfigException(at, "rule id '" + id + "' is not lower-case words joined by '-'", "rename it, e.g. 'require-dpia'");
        }
        if ("off".equals(severity)) {
            if (base != null && RuleSet.isLocked(id)) {
                throw new ConfigException(at, "rule '" + id + "' cannot be turned off: an unreadable canvas is never ready",
                        "remove this entry");
            }
            specs.remove(id);
            disabled.add(id + " (" + origin + ")");
            return;
        }
        Object from = settings.remove("effective_from");
        Object summary = settings.remove("summary");
        RuleSpec spec;
        if (base == null) {
            Severity sev = severity == null ? Severity.BLOCKER : Severity.valueOf(severity.toUpperCase(Locale.ROOT));
            spec = new RuleSpec(id, kind, sev, summary != null ? String.valueOf(summary) : kind + " (" + String.join(", ",
                    settings.keySet()) + ")", settings, RuleSpec.RuleDoc.NONE, Optional.empty(), origin);
            validateCustom(spec, at);
        } else {
            for (Map.Entry<String, Object> e : settings.entrySet()) {
                Object dflt = base.params().get(e.getKey());
                Object v = e.getValue();
                boolean ok = dflt == null || v == null || dflt instanceof Number && v instanceof Number
                        || dflt instanceof List && (v instanceof List || v instanceof String)
                        || dflt instanceof Map && v instanceof Map || dflt instanceof String && v instanceof String
                        || dflt instanceof Boolean && v instanceof Boolean;
                if (!ok) {
                    throw new ConfigException(at, "rule '" + id + "': parameter '" + e.getKey() + "' should be "
                            + (dflt instanceof Number ? "a number" : dflt instanceof List ? "a list" : dflt instanceof Map
                            ? "a mapping" : "text"), "see 'canvas explain " + id + "' for its parameters");
                }
            }
            spec = base.withParams(settings, origin);
            if (severity != null) {
                Severity sev = Severity.valueOf(severity.toUpperCase(Locale.ROOT));
                if (RuleSet.isLocked(id) && sev != Severity.BLOCKER) {
                    throw new ConfigException(at, "rule '" + id + "' is always a blocker", "remove this entry");
                }
                spec = spec.withSeverity(sev, origin);
            }
        }
        if (from != null) {
            try {
                spec = spec.withEffectiveFrom(LocalDate.parse(String.valueOf(from)), origin);
            } catch (DateTimeParseException e) {
                throw new ConfigException(at, "effective_from '" + from + "' is not a date", "write it as YYYY-MM-DD");
            }
        }
        specs.put(id, spec);
    }

    private static void validateCustom(RuleSpec spec, Location at) throws ConfigException {
        List<String> fields = new ArrayList<>(spec.strings("fields", List.of()));
        fields.addAll(spec.strings("field", List.of()));
        if (fields.isEmpty()) {
            throw new ConfigException(at, "rule '" + spec.id() + "' names no field", "add field: <field id> (see 'canvas schema')");
        }
        String pattern = spec.string("pattern", "");
        boolean needsPattern = spec.kind().equals("pattern-required") || spec.kind().equals("pattern-forbidden");
        if (needsPattern && pattern.isEmpty()) {
            throw new ConfigException(at, "rule '" + spec.id() + "' of kind " + spec.kind() + " needs a pattern",
                    "add pattern: <regular expression>");
        }
        if (!pattern.isEmpty()) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new ConfigException(at, "rule '" + spec.id() + "': the pattern is not a valid regular expression ("
                        + e.getDescription() + ")", "fix the pattern (Java regular expression syntax)");
            }
        }
        if (spec.kind().equals("number-range") && spec.params().get("min") == null && spec.params().get("max") == null) {
            throw new ConfigException(at, "rule '" + spec.id() + "' of kind number-range needs min or max", "add min: and/or max:");
        }
    }

    private static String suggestion(String id, Iterable<String> known) {
        String best = null;
        int bestD = 4;
        for (String k : known) {
            int d = dev.canvas.text.MatchText.distance(id, k, 3);
            if (d < bestD) {
                best = k;
                bestD = d;
            }
        }
        return best == null ? "" : "; did you mean '" + best + "'?";
    }
}

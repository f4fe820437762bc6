package dev.canvas.config;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.Location;
import dev.canvas.model.Severity;
import dev.canvas.model.Waiver;
import dev.canvas.rules.ConfiguredPattern;
import dev.canvas.rules.RuleSet;
import dev.canvas.rules.RuleSpec;
import dev.canvas.text.Excerpt;
import dev.canvas.text.InputProblem;
import dev.canvas.text.Repository;
import dev.canvas.text.SourceText;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code .canvas.yaml}. The file is bound to {@link ConfigFile} first ({@link ConfigReader}: Jackson, only
 * when there is a file to read); then each rule entry is merged onto the built-in rule set (a severity, {@code off},
 * parameters, {@code effective_from}) or, with a {@code kind}, adds a rule of one of the configurable kinds. Every
 * mistake is a {@link ConfigException} at its line.
 *
 * <p>Trust (see {@code docs/security.md}): the repository root's file, or the {@code --config} file, is the
 * trusted configuration. A {@code .canvas.yaml} in a folder below the root is read on top of it ({@link
 * #parseNested}) and may only make the rules stricter (raise a severity, turn a rule on, add a rule), unless the
 * trusted file says {@code allow_nested_relaxing: true}; even then it never lowers, turns off, delays or waives a
 * blocker. No configuration delays, lowers, turns off or waives a locked rule ({@code syntax-error},
 * {@code empty-canvas}).
 */
public final class ConfigLoader {

    /** The file name looked for from a canvas's directory up to its repository's root. */
    public static final String FILE_NAME = ".canvas.yaml";
    private static final long MAX_BYTES = 1024 * 1024;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** Settings only the trusted configuration may give. */
    static final String ALLOW_CANVAS_WAIVERS = "allow_canvas_waivers";
    static final String ALLOW_NESTED_RELAXING = "allow_nested_relaxing";
    /** Parameters of built-in rules that hold regular expressions (names are looked for as patterns too). */
    private static final Set<String> PATTERN_PARAMS = Set.of("vanity_patterns", "outcome_patterns", "regulations", "providers",
            "stores");
    private static final String TEXT = "text";
    private static final String TEXTS = "a list of text";
    private static final String NUMBER = "a number";
    /** Parameters whose type is fixed, with the type: those of the configurable kinds. */
    static final Map<String, String> TYPED_PARAMS = Map.of("field", TEXT, "fields", TEXTS, "pattern", TEXT,
            "message", TEXT, "fix", TEXT, "min", NUMBER, "max", NUMBER);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ConfigLoader() {
    }

    /** The built-in rule set alone. */
    public static CanvasConfig builtIn() {
        return new CanvasConfig(Optional.empty(), RuleSet.builtInSpecs(), List.of(), List.of());
    }

    /**
     * The configuration files for canvases in a folder.
     *
     * @param root   the repository root's {@code .canvas.yaml} (trusted), if it has one
     * @param nested the {@code .canvas.yaml} files of the folders below the root down to the canvas's, in that order
     */
    public record Chain(Optional<Path> root, List<Path> nested) {
        public static final Chain NONE = new Chain(Optional.empty(), List.of());

        public Chain {
            nested = List.copyOf(nested);
        }

        // written out: a record's generated equals and hashCode are bootstrapped through method handles on their first
        // call (about 20 LambdaForm classes the class-data archive cannot hold: 60-90 ms of a one-file check), and a
        // chain is a map key in every run
        @Override
        public boolean equals(Object o) {
            return o instanceof Chain c && root.equals(c.root) && nested.equals(c.nested);
        }

        @Override
        public int hashCode() {
            return 31 * root.hashCode() + nested.hashCode();
        }
    }

    /**
     * The configuration files that apply to canvases in {@code dir}: every {@code .canvas.yaml} from its
     * repository's root (see {@link Repository#rootOf}) down to {@code dir}, never above the root. A
     * {@code .canvas.yaml} that is a link leading outside the repository, or not a regular file, is an error: it is
     * never read, and never silently passed over either.
     */
    public static Chain chain(Path dir) throws ConfigException {
        Path real = Repository.real(dir);
        Path root = Repository.rootOf(real);
        List<Path> dirs = new ArrayList<>();
        for (Path d = real; d != null && d.startsWith(root); d = d.getParent()) {
            dirs.add(0, d);
        }
        Optional<Path> rootFile = Optional.empty();
        List<Path> nested = new ArrayList<>();
        for (Path d : dirs) {
            Path f = d.resolve(FILE_NAME);
            if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Path shown = relative(f);
            if (!Repository.contains(root, f)) {
                throw new ConfigException(Location.of(shown.toString()), "the configuration is a link to outside the repository ("
                        + root + "); it was not read", "replace the link with the file itself, or remove it");
            }
            Optional<String> unsafe = Repository.unsafeToRead(f);
            if (unsafe.isPresent() || !Files.isRegularFile(f)) {
                throw new ConfigException(Location.of(shown.toString()), "the configuration cannot be read: "
                        + unsafe.orElse(Files.exists(f) ? "not a regular file" : "a link that leads nowhere (dangling, or a loop)"),
                        "make " + FILE_NAME + " a regular file, or remove it");
            }
            if (d.equals(root)) {
                rootFile = Optional.of(shown);
            } else {
                nested.add(shown);
            }
        }
        return new Chain(rootFile, nested);
    }

    /** The configuration of a chain: the root's (or the built-in rule set), then each nested file on top. */
    public static CanvasConfig load(Chain chain) throws ConfigException {
        CanvasConfig c = chain.root().isEmpty() ? builtIn() : load(chain.root().get(), chain.root().get().toString());
        for (Path p : chain.nested()) {
            c = loadNested(p, p.toString(), c);
        }
        return c;
    }

    /** A path as the user would write it: relative to the working directory when under it. */
    private static Path relative(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        if (!abs.startsWith(Cwd.REAL)) {
            return abs.startsWith(Cwd.PLAIN) ? Cwd.PLAIN.relativize(abs) : abs;
        }
        return Cwd.REAL.relativize(abs);
    }

    /** The working directory, real and as the JVM names it: found once (a run never changes directory). */
    private static final class Cwd {
        static final Path REAL = Repository.real(Path.of(""));
        static final Path PLAIN = Path.of("").toAbsolutePath();
    }

    /** Reads the trusted configuration (the root's {@code .canvas.yaml}, or {@code --config}). */
    public static CanvasConfig load(Path path, String display) throws ConfigException {
        return parse(read(path, display), display);
    }

    /** Reads a nested {@code .canvas.yaml} on top of the configuration of the folder above. */
    public static CanvasConfig loadNested(Path path, String display, CanvasConfig parent) throws ConfigException {
        return parseNested(read(path, display), display, parent);
    }

    private static String read(Path path, String display) throws ConfigException {
        SourceText src;
        try {
            src = SourceText.read(path, MAX_BYTES);
        } catch (IOException e) {
            throw new ConfigException(Location.of(display), "cannot read the configuration: " + InputProblem.describe(e),
                    "check the --config path");
        }
        if (src.problem().isPresent()) {
            throw new ConfigException(Location.of(display, src.problem().get().line()), src.problem().get().message(),
                    src.problem().get().fix());
        }
        return src.text();
    }

    /** Parses the trusted configuration. */
    public static CanvasConfig parse(String text, String file) throws ConfigException {
        return parse(text, file, null);
    }

    /** Parses a nested configuration on top of {@code parent}: it may only make the rules stricter (see the class). */
    public static CanvasConfig parseNested(String text, String file, CanvasConfig parent) throws ConfigException {
        return parse(text, file, Objects.requireNonNull(parent, "parent"));
    }

    private static CanvasConfig parse(String text, String file, CanvasConfig parent) throws ConfigException {
        ConfigReader.Read read = ConfigReader.read(text, file);
        ConfigFile top = read.file();
        ConfigReader.Places at = read.places();
        CanvasConfig base = parent == null ? builtIn() : parent;
        String source = base.source().map(s -> s + " + " + file).orElse(file);
        CanvasConfig.Policy policy = base.policy();
        if (parent == null) {
            policy = new CanvasConfig.Policy(Boolean.TRUE.equals(top.allowCanvasWaivers()), Boolean.TRUE.equals(top.allowNestedRelaxing()));
        } else {
            for (String key : List.of(ALLOW_CANVAS_WAIVERS, ALLOW_NESTED_RELAXING)) {
                if ((key.equals(ALLOW_CANVAS_WAIVERS) ? top.allowCanvasWaivers() : top.allowNestedRelaxing()) != null) {
                    throw new ConfigException(at.of(ConfigReader.pointer(key)), "'" + key + "' is a setting of the repository root's "
                            + FILE_NAME + " only; a nested configuration cannot give itself more trust",
                            "move it to the root " + FILE_NAME + ", or remove it");
                }
            }
        }
        Map<String, RuleSpec> specs = new LinkedHashMap<>();
        base.specs().forEach(s -> specs.put(s.id(), s));
        List<String> disabled = new ArrayList<>(base.disabled());
        List<CanvasConfig.FieldRef> fieldRefs = new ArrayList<>(base.fieldRefs());
        Map<String, Location> entries = new LinkedHashMap<>();
        if (top.rules() != null) {
            for (Map.Entry<String, ConfigFile.Rule> e : top.rules().entrySet()) {
                String id = e.getKey();
                entries.put(id, at.of(ConfigReader.pointer("rules", id)));
                rule(id, e.getValue(), at, specs, disabled, fieldRefs);
            }
        }
        if (parent != null) {
            checkStricter(parent, specs, entries, policy.nestedRelaxing());
        }
        List<Waiver> waivers = new ArrayList<>(base.waivers());
        List<Waiver> untrusted = new ArrayList<>(base.untrustedWaivers());
        if (top.waivers() != null) {
            if (parent != null && !policy.nestedRelaxing()) {
                throw new ConfigException(at.of(ConfigReader.pointer("waivers")), "a nested configuration cannot waive findings",
                        "waive in the repository root's " + FILE_NAME + " (or let nested files relax rules there: "
                                + ALLOW_NESTED_RELAXING + ": true)");
            }
            List<Waiver> given = new ArrayList<>();
            for (int i = 0; i < top.waivers().size(); i++) {
                given.add(waiver(top.waivers().get(i), at, i));
            }
            for (Waiver w : given) {
                checkWaiver(w, specs.keySet());
            }
            (parent == null ? waivers : untrusted).addAll(given);
        }
        return new CanvasConfig(Optional.of(source), new ArrayList<>(specs.values()), disabled, waivers, policy, untrusted,
                fieldRefs);
    }

    /** A waiver as the file gives it: it must name its rule, and give its expiry, if at all, as a date. */
    private static Waiver waiver(ConfigFile.Waiver w, ConfigReader.Places at, int i) throws ConfigException {
        Location where = at.of(ConfigReader.pointer("waivers", i));
        if (w.rule() == null) {
            throw new ConfigException(where, "invalid configuration: 'waivers." + i + "' names no rule",
                    "add rule: <rule id> (see 'canvas rules')");
        }
        if (w.expires() != null && !DATE.matcher(w.expires()).matches()) {
            throw new ConfigException(at.of(ConfigReader.pointer("waivers", i, "expires")), "invalid configuration: 'waivers." + i
                    + ".expires': '" + Excerpt.of(w.expires()) + "' is not a date", "write it as YYYY-MM-DD");
        }
        return WaiverReader.waiver(w.rule(), w.field(), w.item(), w.reason(), w.approvedBy(), w.expires(), where);
    }

    /** A configuration's waiver must name a rule there is, and one that may be waived. */
    private static void checkWaiver(Waiver w, Collection<String> enabled) throws ConfigException {
        if (w.rule().isEmpty()) {
            return; // 'rule' is required (see waiver()); an empty one is a waiver-invalid finding
        }
        if (RuleSet.isLocked(w.rule()) || w.rule().equals(Waivers.RULE)) {
            throw new ConfigException(w.location(), "waiver of '" + w.rule() + "': that rule cannot be waived",
                    "remove the waiver and fix what the rule reports");
        }
        if (!enabled.contains(w.rule()) && !RuleSet.isBuiltIn(w.rule())) {
            throw new ConfigException(w.location(), "waiver of unknown rule '" + Excerpt.of(w.rule()) + "'" + suggestion(w.rule(), known(enabled)),
                    "use a rule id from 'canvas rules'");
        }
    }

    /** The rule ids a configuration may name: those in force, and every built-in one. */
    private static List<String> known(Collection<String> enabled) {
        List<String> known = new ArrayList<>(enabled);
        RuleSet.builtInSpecs().forEach(s -> known.add(s.id()));
        return known;
    }

    /**
     * A nested file's limits: it may only make the rules stricter, unless the trusted file lets it relax non-blockers.
     * Its rules, merged as any file's are, are compared once with the folder above's: each rule it names that was in
     * force there must still be in force, as severe, with the same parameters, and not delayed. A rule it adds or
     * turns back on is stricter whatever its settings.
     */
    private static void checkStricter(CanvasConfig parent, Map<String, RuleSpec> merged, Map<String, Location> entries,
                                      boolean relaxing) throws ConfigException {
        Map<String, RuleSpec> above = new LinkedHashMap<>();
        parent.specs().forEach(s -> above.put(s.id(), s));
        for (Map.Entry<String, Location> e : entries.entrySet()) {
            RuleSpec was = above.get(e.getKey());
            RuleSpec now = merged.get(e.getKey());
            if (was == null || relaxing && was.severity() != Severity.BLOCKER) {
                continue;
            }
            String what = now == null ? "turn off"
                    : now.severity().ordinal() > was.severity().ordinal() ? "lower the severity of"
                    : !now.params().equals(was.params()) ? "change the parameters of"
                    : now.effectiveFrom().isPresent() && (was.effectiveFrom().isEmpty()
                            || now.effectiveFrom().get().isAfter(was.effectiveFrom().get())) ? "delay (effective_from)"
                    : null;
            if (what != null) {
                String why = relaxing ? "rule '" + was.id() + "' is a blocker" : "a nested configuration may only make the rules stricter";
                throw new ConfigException(e.getValue(), "a nested " + FILE_NAME + " cannot " + what + " rule '" + was.id() + "': " + why,
                        "change it in the repository root's " + FILE_NAME + " (protected by CODEOWNERS), or remove this entry");
            }
        }
    }

    private static void rule(String id, ConfigFile.Rule entry, ConfigReader.Places places, Map<String, RuleSpec> specs,
                             List<String> disabled, List<CanvasConfig.FieldRef> fieldRefs) throws ConfigException {
        Location at = places.of(ConfigReader.pointer("rules", id));
        String origin = at.toString();
        RuleSpec base = specs.get(id);
        if (base == null) {
            // a built-in rule a configuration read before turned off: this one may turn it on again
            base = RuleSet.builtInSpec(id).orElse(null);
            if (base != null) {
                disabled.removeIf(d -> d.startsWith(id + " ("));
            }
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : entry.params().entrySet()) {
            settings.put(e.getKey(), exact(e.getValue()));
        }
        String severity = entry.severity() == null ? null : entry.severity().toString();
        String kind = entry.kind();
        if (base == null && kind == null) {
            throw new ConfigException(at, "unknown rule '" + Excerpt.of(id) + "'" + suggestion(id, specs.keySet()),
                    "use an id from 'canvas rules', or add a rule of your own with kind: (" + String.join(", ",
                            RuleSet.CONFIGURABLE_KINDS.stream().sorted().toList()) + ")");
        }
        if (base != null && kind != null) {
            throw new ConfigException(at, "rule '" + id + "' is " + ("built-in".equals(base.origin()) || RuleSet.isBuiltIn(id)
                    ? "built in" : "already defined (" + base.origin() + ")") + "; 'kind' is only for rules of your own",
                    "give your rule another id, or drop 'kind'");
        }
        if (base == null && !ID.matcher(id).matches()) {
            throw new ConfigException(at, "rule id '" + Excerpt.of(id) + "' is not lower-case words joined by '-'", "rename it, e.g. 'require-dpia'");
        }
        if (kind != null && !RuleSet.CONFIGURABLE_KINDS.contains(kind)) {
            throw new ConfigException(places.of(ConfigReader.pointer("rules", id, "kind")), "invalid configuration: 'rules."
                    + Excerpt.of(id) + ".kind': '" + Excerpt.of(kind) + "' is not a kind a configuration can add", "use one of: "
                    + String.join(", ", RuleSet.CONFIGURABLE_KINDS.stream().sorted().toList()));
        }
        for (Map.Entry<String, Object> e : settings.entrySet()) {
            String type = TYPED_PARAMS.get(e.getKey());
            Object v = e.getValue();
            boolean ok = type == null || (type.equals(TEXT) ? v instanceof String : type.equals(NUMBER) ? v instanceof Number
                    : v instanceof List<?> l && l.stream().allMatch(String.class::isInstance));
            if (!ok) {
                throw new ConfigException(places.of(ConfigReader.pointer("rules", id, e.getKey())), "invalid configuration: 'rules."
                        + Excerpt.of(id) + "." + e.getKey() + "': should be " + type, ConfigReader.FIX);
            }
        }
        boolean locked = base != null && RuleSet.isLocked(id);
        if ("off".equals(severity)) {
            if (locked) {
                throw new ConfigException(at, "rule '" + id + "' cannot be turned off: an unreadable canvas is never ready",
                        "remove this entry");
            }
            specs.remove(id);
            disabled.add(id + " (" + origin + ")");
            return;
        }
        String from = entry.effectiveFrom();
        String summary = entry.summary();
        RuleSpec spec;
        if (base == null) {
            Severity sev = severity == null ? Severity.BLOCKER : Severity.valueOf(severity.toUpperCase(Locale.ROOT));
            spec = new RuleSpec(id, kind, sev, summary != null ? summary : kind + " (" + String.join(", ",
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
                if (PATTERN_PARAMS.contains(e.getKey())) {
                    validatePatterns(id, e.getKey(), v, at);
                }
            }
            if (locked && from != null) {
                throw new ConfigException(at, "rule '" + id + "' cannot be delayed (effective_from): an unreadable canvas is never ready",
                        "remove effective_from");
            }
            spec = base.withParams(settings, origin);
            if (severity != null) {
                Severity sev = Severity.valueOf(severity.toUpperCase(Locale.ROOT));
                if (locked && sev != Severity.BLOCKER) {
                    throw new ConfigException(at, "rule '" + id + "' is always a blocker", "remove this entry");
                }
                spec = spec.withSeverity(sev, origin);
            }
        }
        if (from != null) {
            try {
                if (!DATE.matcher(from).matches()) {
                    throw new DateTimeParseException("not YYYY-MM-DD", from, 0);
                }
                spec = spec.withEffectiveFrom(LocalDate.parse(from), origin);
            } catch (DateTimeParseException e) {
                throw new ConfigException(places.of(ConfigReader.pointer("rules", id, "effective_from")), "effective_from '"
                        + Excerpt.of(from) + "' is not a date", "write it as YYYY-MM-DD");
            }
        }
        fieldRefs.addAll(fieldRefs(spec, settings, base == null, at));
        specs.put(id, spec);
    }

    /** The field ids an entry names: a custom rule's {@code field}/{@code fields}, a built-in's {@code *fields} given here. */
    private static List<CanvasConfig.FieldRef> fieldRefs(RuleSpec spec, Map<String, Object> settings, boolean custom, Location at) {
        List<CanvasConfig.FieldRef> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : settings.entrySet()) {
            String k = e.getKey();
            boolean names = k.equals("field") || k.equals("fields") || !custom && k.endsWith("_fields");
            if (names) {
                spec.strings(k, List.of()).forEach(f -> out.add(new CanvasConfig.FieldRef(f, spec.id(), at)));
            } else if (k.equals("min_words_by_field") && e.getValue() instanceof Map<?, ?> m) {
                m.keySet().forEach(f -> out.add(new CanvasConfig.FieldRef(String.valueOf(f), spec.id(), at)));
            }
        }
        return out;
    }

    /**
     * Every field id the configuration names must be a field of one of the templates the canvases are checked
     * against: a misspelt id would make its rule never fire, silently.
     */
    public static void checkFields(CanvasConfig config, Collection<CanvasDefinition> definitions) throws ConfigException {
        Set<String> ids = new LinkedHashSet<>();
        definitions.forEach(d -> d.fields().forEach(f -> ids.add(f.id())));
        for (CanvasConfig.FieldRef ref : config.fieldRefs()) {
            if (!ids.contains(ref.id())) {
                throw new ConfigException(ref.location(), "rule '" + ref.rule() + "' names field '" + Excerpt.of(ref.id())
                        + "', which the template does not have" + suggestion(ref.id(), ids),
                        "use a field id from 'canvas schema' (the template's field ids)");
            }
        }
    }

    private static void validatePatterns(String id, String param, Object value, Location at) throws ConfigException {
        List<String> patterns = new ArrayList<>();
        if (value instanceof List<?> l) {
            l.forEach(x -> patterns.add(String.valueOf(x)));
        } else if (value != null) {
            patterns.add(String.valueOf(value));
        }
        for (String p : patterns) {
            Optional<String> problem = ConfiguredPattern.problem(p);
            if (problem.isPresent()) {
                throw new ConfigException(at, "rule '" + id + "': " + param + " '" + Excerpt.of(p) + "' is not a valid pattern ("
                        + problem.get() + ")", "fix the pattern (RE2 syntax: no back-references or look-around)");
            }
        }
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
            Optional<String> problem = ConfiguredPattern.problem(pattern);
            if (problem.isPresent()) {
                throw new ConfigException(at, "rule '" + spec.id() + "': the pattern is not a valid regular expression ("
                        + problem.get() + ")", "fix the pattern (RE2 syntax: no back-references or look-around)");
            }
        }
        if (spec.kind().equals("number-range") && spec.params().get("min") == null && spec.params().get("max") == null) {
            throw new ConfigException(at, "rule '" + spec.id() + "' of kind number-range needs min or max", "add min: and/or max:");
        }
        if (spec.params().get("min") instanceof Number min && spec.params().get("max") instanceof Number max
                && min.doubleValue() > max.doubleValue()) {
            throw new ConfigException(at, "rule '" + spec.id() + "': min " + min + " is greater than max " + max
                    + ", so no answer can pass", "swap them, or fix the one that is wrong");
        }
    }

    private static String suggestion(String id, Iterable<String> known) {
        return ConfigReader.suggestion(id, known);
    }

    /** Numbers as the built-in rule set's are read (exact decimals), so that equal settings compare equal. */
    private static Object exact(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(exact(x)));
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), exact(x)));
            return out;
        }
        return v;
    }
}

package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Finding;
import dev.canvas.model.RuleInfo;
import dev.canvas.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules in force: built from rule specs (the built-in rule set file, then a project's configuration), one
 * per run, shared by every file. Applies severities, including {@code effective_from} (before that date a
 * finding is a warning), to the rules' findings and to the findings parsing makes.
 */
public final class RuleSet {

    /** Kind of the findings that parsing and the schema make: documented and configurable, not instantiated. */
    public static final String PARSER_KIND = "parser";

    /** Every kind a spec can name, and how to build it. Custom rules use the last five. */
    private static final Map<String, Function<RuleSpec, Rule>> KINDS = Map.ofEntries(
            Map.entry(CanvasKindRule.ID, CanvasKindRule::new),
            Map.entry(PrerequisiteRule.ID, PrerequisiteRule::new),
            Map.entry(SquareMissingRule.ID, SquareMissingRule::new),
            Map.entry(FieldMissingRule.ID, FieldMissingRule::new),
            Map.entry(FieldEmptyRule.ID, FieldEmptyRule::new),
            Map.entry(NonAnswerRule.ID, NonAnswerRule::new),
            Map.entry("not-applicable-reason", NotApplicableRule::new),
            Map.entry(GateRule.ID, GateRule::new),
            Map.entry("vanity-metrics", VanityMetricsRule::new),
            Map.entry("roi-figures", RoiFiguresRule::new),
            Map.entry("roi-positive", RoiPositiveRule::new),
            Map.entry("roi-actual", RoiActualRule::new),
            Map.entry("scale-milestones", ScaleMilestonesRule::new),
            Map.entry("sla-measurable", SlaMeasurableRule::new),
            Map.entry("economics-at-scale", EconomicsAtScaleRule::new),
            Map.entry("unified-data-platform", UnifiedPlatformRule::new),
            Map.entry("provider-failover", ProviderFailoverRule::new),
            Map.entry("compliance-named", ComplianceNamedRule::new),
            Map.entry("evidence-exists", EvidenceRule::new),
            Map.entry("checklist-missing", s -> new ReadinessChecklistRule(s, true)),
            Map.entry("checklist-unchecked", s -> new ReadinessChecklistRule(s, false)),
            Map.entry("checklist-score", ChecklistScoreRule::new),
            Map.entry("signoff-missing", SignoffRule::new),
            Map.entry("required-field", RequiredFieldRule::new),
            Map.entry("pattern-required", s -> new PatternRule(s, true)),
            Map.entry("pattern-forbidden", s -> new PatternRule(s, false)),
            Map.entry("number-range", NumberRangeRule::new),
            Map.entry("min-count", MinCountRule::new));

    /** The kinds a project may use for rules of its own. */
    public static final Set<String> CONFIGURABLE_KINDS = Set.of("required-field", "pattern-required", "pattern-forbidden",
            "number-range", "min-count");

    private static volatile List<RuleSpec> builtInSpecs;
    private static final Object BUILT_IN_LOCK = new Object();

    private final List<RuleSpec> specs;
    private final List<Rule> rules;
    private final Map<String, RuleSpec> byId;
    private final LocalDate today;

    private RuleSet(List<RuleSpec> specs, LocalDate today) {
        this.specs = List.copyOf(specs);
        this.today = today;
        Map<String, RuleSpec> m = new LinkedHashMap<>();
        List<Rule> rs = new ArrayList<>();
        for (RuleSpec s : specs) {
            m.put(s.id(), s);
            if (!s.kind().equals(PARSER_KIND)) {
                Function<RuleSpec, Rule> make = KINDS.get(s.kind());
                if (make == null) {
                    throw new IllegalArgumentException("unknown rule kind '" + s.kind() + "' for rule " + s.id());
                }
                rs.add(make.apply(s));
            }
        }
        this.byId = Map.copyOf(m);
        this.rules = List.copyOf(rs);
    }

    /** The built-in rules at their default severities, dated today. */
    public static RuleSet builtIn() {
        return of(builtInSpecs(), LocalDate.now());
    }

    /** Rules built from specs (enabled ones only), judging {@code effective_from} against {@code today}. */
    public static RuleSet of(List<RuleSpec> specs, LocalDate today) {
        if (specs != builtInSpecs) {
            return new RuleSet(specs, today);
        }
        // the built-in rule set (no configuration), made once for the day (check.Warmup makes it ahead of the check)
        RuleSet b = builtIn;
        if (b == null || !b.today.equals(today)) {
            synchronized (BUILT_IN_LOCK) {
                b = builtIn;
                if (b == null || !b.today.equals(today)) {
                    b = new RuleSet(specs, today);
                    builtIn = b;
                }
            }
        }
        return b;
    }

    /** The rule set of {@link #builtInSpecs} for the last day asked for. */
    private static volatile RuleSet builtIn;

    public static boolean isKnownKind(String kind) {
        return KINDS.containsKey(kind) || PARSER_KIND.equals(kind);
    }

    /**
     * The built-in rule set file ({@code builtin-rules.yaml} in the jar), read once: a thread asking while
     * another reads it waits for that one (see {@code check.Warmup}).
     */
    public static List<RuleSpec> builtInSpecs() {
        List<RuleSpec> s = builtInSpecs;
        if (s == null) {
            synchronized (BUILT_IN_LOCK) {
                s = builtInSpecs;
                if (s == null) {
                    s = loadBuiltIn();
                    builtInSpecs = s;
                }
            }
        }
        return s;
    }

    /** The built-in rule of that id, as the built-in rule set defines it; empty for any other id. */
    public static Optional<RuleSpec> builtInSpec(String id) {
        return builtInSpecs().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Whether {@code id} is a built-in rule's id (on or off in a configuration, it is a rule there is). */
    public static boolean isBuiltIn(String id) {
        return builtInSpec(id).isPresent();
    }

    /** Ids of rules that no configuration may turn off or weaken: an unreadable canvas is never ready. */
    public static boolean isLocked(String id) {
        return builtInSpec(id).map(s -> Boolean.TRUE.equals(s.params().get("locked"))).orElse(false);
    }

    @SuppressWarnings("unchecked")
    private static List<RuleSpec> loadBuiltIn() {
        try (InputStream in = RuleSet.class.getResourceAsStream("/dev/canvas/rules/builtin-rules.yaml")) {
            if (in == null) {
                throw new IllegalStateException("builtin-rules.yaml missing from the jar");
            }
            // read as canvases are (plain YAML, no snakeyaml object construction): it is read on every start
            dev.canvas.parse.YamlTreeReader.Result read = dev.canvas.parse.YamlTreeReader.read("builtin-rules.yaml",
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), 0, "the built-in rule set");
            if (read.tree().isEmpty() || !read.findings().isEmpty()) {
                throw new IllegalStateException("builtin-rules.yaml does not read: " + read.findings());
            }
            Map<String, Object> root = (Map<String, Object>) read.tree().get().data();
            List<RuleSpec> out = new ArrayList<>();
            for (Map<String, Object> r : (List<Map<String, Object>>) root.get("rules")) {
                String id = (String) r.get("id");
                Map<String, Object> params = new LinkedHashMap<>();
                if (r.get("params") instanceof Map<?, ?> p) {
                    params.putAll((Map<String, Object>) p);
                }
                if (Boolean.TRUE.equals(r.get("locked"))) {
                    params.put("locked", true);
                }
                out.add(new RuleSpec(id, (String) r.getOrDefault("kind", id),
                        Severity.valueOf(((String) r.get("severity")).toUpperCase(Locale.ROOT)), (String) r.get("summary"),
                        params, new RuleSpec.RuleDoc(str(r.get("explain")), str(r.get("pass")), str(r.get("fail"))),
                        Optional.empty(), "built-in"));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String str(Object o) {
        return o == null ? "" : String.valueOf(o).strip();
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Every enabled rule's spec, parser rules included, in rule-set order. */
    public List<RuleSpec> specs() {
        return specs;
    }

    public Optional<RuleSpec> spec(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public LocalDate today() {
        return today;
    }

    /** Every rule id a run can report, with the severity in force and its summary. */
    public List<RuleInfo> catalog() {
        return specs.stream().map(s -> new RuleInfo(s.id(), s.severity(), s.summary(), s.doc().explanation())).toList();
    }

    /** Runs every rule on one document and applies the severities in force. */
    public List<Finding> check(CanvasDefinition def, CanvasDocument doc) {
        List<Finding> out = new ArrayList<>();
        for (Rule r : rules) {
            r.check(def, doc, new FindingSink(r.id(), r.spec().severity(), out));
        }
        // the sink stamped each rule's severity, or a warning where the rule was not sure: only dates apply here
        List<Finding> dated = new ArrayList<>(out.size());
        for (Finding f : out) {
            dated.add(dated(f, byId.get(f.rule())));
        }
        return dated;
    }

    /** Before a rule's {@code effective_from} date, its finding is a warning that says when it will count. */
    private Finding dated(Finding g, RuleSpec s) {
        if (s != null && s.effectiveFrom().isPresent() && today.isBefore(s.effectiveFrom().get()) && g.severity() != Severity.WARNING) {
            return new Finding(g.rule(), Severity.WARNING, g.location(), g.subject(),
                    g.message() + " (a " + s.severity().id() + " from " + s.effectiveFrom().get() + ")", g.fix(), g.waiver());
        }
        return g;
    }

    /**
     * Applies the rule set to findings made outside the rules (parsing, schema) and to effective dates: a
     * finding of a rule that is off is dropped, one of a rule not yet in effect is a warning that says when it
     * will count.
     */
    public List<Finding> restamp(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            RuleSpec s = byId.get(f.rule());
            if (s == null) {
                if (isLocked(f.rule()) || !isBuiltIn(f.rule())) {
                    out.add(f); // locked, or not a rule id the rule set knows: keep as reported
                }
                continue; // turned off
            }
            out.add(dated(f.severity() == s.severity() ? f : f.withSeverity(s.severity()), s));
        }
        return out;
    }
}

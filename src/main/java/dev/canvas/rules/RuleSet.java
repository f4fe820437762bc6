package dev.canvas.rules;

import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Finding;
import dev.canvas.model.GateRules;
import dev.canvas.model.RuleInfo;
import dev.canvas.model.Severity;
import dev.canvas.parse.ParseFindings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules in force: built from rule specs (the built-in rules, then a project's configuration), one per
 * configuration, shared by every file and thread. Applies severities, including {@code effective_from} (before
 * that date a finding is a warning), to the rules' findings and to the findings parsing makes.
 *
 * <p>{@link #KINDS} is the one place a rule is registered (docs/adding-a-rule.md).
 */
public final class RuleSet {

    /** Kind of the findings that parsing and the schema make: documented and configurable, not instantiated. */
    public static final String PARSER_KIND = "parser";

    /**
     * A kind of rule, as registered: its id, its built-in settings (none for a kind a project configures rules
     * of), and how to make one from a spec (none for a parser rule, whose findings reading the file makes).
     */
    record Kind(String id, Optional<RuleSpec> builtIn, Function<RuleSpec, Rule> make) {

        static Kind builtIn(RuleSpec spec, Function<RuleSpec, Rule> make) {
            return new Kind(spec.id(), Optional.of(spec), make);
        }

        static Kind parser(RuleSpec spec) {
            return new Kind(spec.id(), Optional.of(spec), null);
        }

        static Kind configurable(String id, Function<RuleSpec, Rule> make) {
            return new Kind(id, Optional.empty(), make);
        }
    }

    /**
     * Every rule and kind there is: the built-in rules in the order {@code canvas rules} lists them, then the kinds
     * a project may configure rules of. Each rule's class declares its id, settings and documentation; this list
     * is the only other place it is named.
     */
    static final List<Kind> KINDS = List.of(
            Kind.parser(ParserRules.SYNTAX_ERROR),
            Kind.parser(ParserRules.EMPTY_CANVAS),
            Kind.parser(ParserRules.DUPLICATE_ENTRY),
            Kind.parser(ParserRules.SCHEMA_VIOLATION),
            Kind.parser(ParserRules.UNKNOWN_CONTENT),
            Kind.builtIn(CanvasKindRule.BUILT_IN, CanvasKindRule::new),
            Kind.builtIn(PrerequisiteRule.BUILT_IN, PrerequisiteRule::new),
            Kind.builtIn(SquareMissingRule.BUILT_IN, SquareMissingRule::new),
            Kind.builtIn(FieldMissingRule.BUILT_IN, FieldMissingRule::new),
            Kind.builtIn(FieldEmptyRule.BUILT_IN, FieldEmptyRule::new),
            Kind.builtIn(NonAnswerRule.BUILT_IN, NonAnswerRule::new),
            Kind.builtIn(NotApplicableRule.BUILT_IN, NotApplicableRule::new),
            Kind.builtIn(GateRule.BUILT_IN, GateRule::new),
            Kind.builtIn(ChecklistMissingRule.BUILT_IN, ChecklistMissingRule::new),
            Kind.builtIn(ChecklistUncheckedRule.BUILT_IN, ChecklistUncheckedRule::new),
            Kind.builtIn(ChecklistScoreRule.BUILT_IN, ChecklistScoreRule::new),
            Kind.builtIn(SignoffRule.BUILT_IN, SignoffRule::new),
            Kind.builtIn(VanityMetricsRule.BUILT_IN, VanityMetricsRule::new),
            Kind.builtIn(RoiFiguresRule.BUILT_IN, RoiFiguresRule::new),
            Kind.builtIn(RoiPositiveRule.BUILT_IN, RoiPositiveRule::new),
            Kind.builtIn(RoiActualRule.BUILT_IN, RoiActualRule::new),
            Kind.builtIn(ScaleMilestonesRule.BUILT_IN, ScaleMilestonesRule::new),
            Kind.builtIn(SlaMeasurableRule.BUILT_IN, SlaMeasurableRule::new),
            Kind.builtIn(EconomicsAtScaleRule.BUILT_IN, EconomicsAtScaleRule::new),
            Kind.builtIn(UnifiedPlatformRule.BUILT_IN, UnifiedPlatformRule::new),
            Kind.builtIn(ProviderFailoverRule.BUILT_IN, ProviderFailoverRule::new),
            Kind.builtIn(ComplianceNamedRule.BUILT_IN, ComplianceNamedRule::new),
            Kind.builtIn(EvidenceRule.BUILT_IN, EvidenceRule::new),
            Kind.parser(ParserRules.WAIVER_INVALID),
            Kind.configurable(RequiredFieldRule.KIND, RequiredFieldRule::new),
            Kind.configurable(PatternRule.REQUIRED, s -> new PatternRule(s, true)),
            Kind.configurable(PatternRule.FORBIDDEN, s -> new PatternRule(s, false)),
            Kind.configurable(NumberRangeRule.KIND, NumberRangeRule::new),
            Kind.configurable(MinCountRule.KIND, MinCountRule::new));

    private static final Map<String, Kind> KIND_BY_ID = byId(KINDS, Kind::id);

    /** The built-in rule set, in order: every registered rule's built-in settings. */
    private static final List<RuleSpec> BUILT_IN_SPECS = KINDS.stream().flatMap(k -> k.builtIn().stream()).toList();

    private static final Map<String, RuleSpec> BUILT_IN_BY_ID = byId(BUILT_IN_SPECS, RuleSpec::id);

    /** The kinds a project may use for rules of its own. */
    public static final Set<String> CONFIGURABLE_KINDS = Set.copyOf(KINDS.stream()
            .filter(k -> k.builtIn().isEmpty()).map(Kind::id).toList());

    /**
     * The rules whose blockers the decision gate words its reason by: those that say the canvas could not be read,
     * and the unconfirmed prerequisites.
     */
    public static final GateRules GATE_RULES = new GateRules(Set.of(ParseFindings.SYNTAX, ParseFindings.EMPTY),
            Set.of(PrerequisiteRule.ID));

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
                Kind k = KIND_BY_ID.get(s.kind());
                if (k == null || k.make() == null) {
                    throw new IllegalArgumentException("unknown rule kind '" + s.kind() + "' for rule " + s.id());
                }
                rs.add(k.make().apply(s));
            }
        }
        this.byId = Map.copyOf(m);
        this.rules = List.copyOf(rs);
    }

    private static <T> Map<String, T> byId(List<T> all, Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T t : all) {
            if (m.put(id.apply(t), t) != null) {
                throw new IllegalStateException("rule id registered twice: " + id.apply(t));
            }
        }
        return Map.copyOf(m);
    }

    /** The built-in rules at their default severities, dated today. */
    public static RuleSet builtIn() {
        return of(BUILT_IN_SPECS, LocalDate.now());
    }

    /** Rules built from specs (enabled ones only), judging {@code effective_from} against {@code today}. */
    public static RuleSet of(List<RuleSpec> specs, LocalDate today) {
        return new RuleSet(specs, today);
    }

    public static boolean isKnownKind(String kind) {
        Kind k = KIND_BY_ID.get(kind);
        return k != null && k.make() != null || PARSER_KIND.equals(kind);
    }

    /** The built-in rule set: every built-in rule's settings and documentation, in order. */
    public static List<RuleSpec> builtInSpecs() {
        return BUILT_IN_SPECS;
    }

    /** The built-in rule of that id, as the built-in rule set defines it; empty for any other id. */
    public static Optional<RuleSpec> builtInSpec(String id) {
        return Optional.ofNullable(BUILT_IN_BY_ID.get(id));
    }

    /** Whether {@code id} is a built-in rule's id (on or off in a configuration, it is a rule there is). */
    public static boolean isBuiltIn(String id) {
        return BUILT_IN_BY_ID.containsKey(id);
    }

    /** Ids of rules that no configuration may turn off or weaken: an unreadable canvas is never ready. */
    public static boolean isLocked(String id) {
        return builtInSpec(id).map(s -> Boolean.TRUE.equals(s.params().get("locked"))).orElse(false);
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

    /**
     * Runs every rule on one document checked against the definition of {@code view}, and applies the severities in
     * force. What the rules share about the document is read once, in one {@link RuleContext}. The substance rules
     * run last, on the fields the others found answered (see {@link SubstanceRule}); findings are sorted later, so
     * the order rules run in shows nowhere.
     */
    public List<Finding> check(DefinitionView view, CanvasDocument doc) {
        RuleContext ctx = new RuleContext(view, doc);
        List<Finding> out = new ArrayList<>();
        // the completeness rules first: the substance rules read only the fields those found nothing wanting in
        for (Rule r : rules) {
            if (!(r instanceof SubstanceRule)) {
                r.check(ctx, new FindingSink(r.id(), r.spec().severity(), out));
            }
        }
        ctx.completenessFound(out);
        for (Rule r : rules) {
            if (r instanceof SubstanceRule) {
                r.check(ctx, new FindingSink(r.id(), r.spec().severity(), out));
            }
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

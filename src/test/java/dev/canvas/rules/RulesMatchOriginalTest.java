package dev.canvas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.check.CanvasChecker;
import dev.canvas.check.CheckOptions;
import dev.canvas.config.ConfigLoader;
import dev.canvas.model.Answer;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Field;
import dev.canvas.model.Finding;
import dev.canvas.model.SourceFormat;
import dev.canvas.template.BundledDefinitions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every rule with a fast path reports exactly what it reported before ({@link OriginalRules}): the same findings,
 * messages and locations, on the example canvases and on thousands of mutations of them (case, Unicode, word
 * boundaries, stand-ins, N/A, links, the words and numbers the rules look for), with the built-in parameters
 * and with configured ones, for each definition.
 */
class RulesMatchOriginalTest {

    /** How each kind was checked before. */
    private static final Map<String, Function<RuleSpec, Rule>> ORIGINAL = Map.ofEntries(
            Map.entry(NonAnswerRule.ID, OriginalRules.NonAnswer::new),
            Map.entry("not-applicable-reason", OriginalRules.NotApplicable::new),
            Map.entry("economics-at-scale", OriginalRules.EconomicsAtScale::new),
            Map.entry("unified-data-platform", OriginalRules.UnifiedPlatform::new),
            Map.entry("provider-failover", OriginalRules.ProviderFailover::new),
            Map.entry("compliance-named", OriginalRules.ComplianceNamed::new),
            Map.entry("vanity-metrics", OriginalRules.VanityMetrics::new),
            Map.entry("scale-milestones", OriginalRules.ScaleMilestones::new),
            Map.entry("sla-measurable", OriginalRules.SlaMeasurable::new),
            Map.entry("roi-figures", OriginalRules.RoiFiguresCheck::new),
            Map.entry("roi-positive", OriginalRules.RoiPositive::new),
            Map.entry("roi-actual", OriginalRules.RoiActual::new),
            Map.entry("evidence-exists", OriginalRules.Evidence::new),
            Map.entry(FieldEmptyRule.ID, OriginalRules.FieldEmpty::new),
            Map.entry(FieldMissingRule.ID, OriginalRules.FieldMissing::new),
            Map.entry(SquareMissingRule.ID, OriginalRules.SquareMissing::new),
            Map.entry(GateRule.ID, OriginalRules.Gate::new),
            Map.entry(PrerequisiteRule.ID, OriginalRules.Prerequisite::new),
            Map.entry("checklist-missing", s -> new OriginalRules.ReadinessChecklist(s, true)),
            Map.entry("checklist-unchecked", s -> new OriginalRules.ReadinessChecklist(s, false)),
            Map.entry("checklist-score", OriginalRules.ChecklistScore::new));

    private static final String[] STAND_INS = {"TBD", "tbd.", "TODO", "N/A", "n/a", "NA", "To be determined", "___", "...",
            "?", "-", "{{success_metrics}}", "Our metrics: {{ success_metrics }}", "TODO: ask legal", "TBD - waiting",
            "*TBD*", "Not applicable", "xxx", "none", "None.", "x", "—", "Lorem ipsum", "fill me in!", "WIP (later)",
            "N/A: out of scope - none", "N/A: other", "N/A: other - ab", "n/a - architecture constraint",
            "N/A: business priority", "ＴＢＤ", "ﬁll in", "TODO:", "Todo-list app", "Tbilisi", "tbd2: x", "_TODO_: x",
            "[report](docs/poc-report.md)", "see ./evidence/load-test.pdf", "[web](https://example.com) [a](#x)",
            "[up](../../../etc/passwd)", "[abs](/README.md)", "[bad](a\u0000b)", "\n2) 6 months: 400 users",
            "\n1. Launch: 20 users", "\n* 1 year: 900 users", "\n+ m12 5k", "\r\n- annual 3", "\u2028- H1: 40",
            "\u000B- day 1: 5", "\f12) x", "\n  -\t at start 7", "\n-no space 3", "\n12.5 not a marker"};

    static CanvasChecker checker;
    static List<CanvasDefinition> definitions;
    static List<CanvasDocument> documents;

    @BeforeAll
    static void load() throws Exception {
        definitions = List.of(BundledDefinitions.of("production").orElseThrow(), BundledDefinitions.of("poc").orElseThrow());
        checker = new CanvasChecker(definitions, ConfigLoader.builtIn(),
                new CheckOptions(10 << 20, LocalDate.of(2026, 12, 1), Optional.empty()));
        documents = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("examples"))) {
            files = s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path p : files) {
            String n = p.toString();
            try {
                documents.add(checker.parse(n, Files.readString(p), n.endsWith(".md") ? SourceFormat.MARKDOWN : SourceFormat.YAML).document());
            } catch (RuntimeException e) {
                // not a canvas: none to compare
            }
        }
        assertThat(documents).hasSizeGreaterThan(5);
    }

    /** The document with some answers mutated, dropped, emptied, swapped, or added. */
    static CanvasDocument mutate(CanvasDocument d, CanvasDefinition def, Random r) {
        Map<String, Answer> m = new LinkedHashMap<>();
        List<Answer> all = new ArrayList<>(d.answers().values());
        all.sort(Comparator.comparing(Answer::fieldId));
        for (Answer x : all) {
            int roll = r.nextInt(100);
            if (roll < 3) {
                continue;
            }
            String t = x.text();
            if (roll < 45) {
                t = mutate(t, r);
            } else if (roll < 48) {
                t = all.get(r.nextInt(all.size())).text();
            } else if (roll < 50) {
                t = r.nextBoolean() ? "" : " \n ";
            }
            m.put(x.fieldId(), new Answer(x.fieldId(), t, x.location()));
        }
        for (Field f : def.fields()) {
            if (!m.containsKey(f.id()) && r.nextInt(20) == 0) {
                m.put(f.id(), new Answer(f.id(), mutate("", r), f.location()));
            }
        }
        return new CanvasDocument(d.file(), d.format(), d.kind(), m, d.squares(), d.marks(), d.checklists(), d.findings(),
                d.signoffs(), d.checklistRef());
    }

    static String mutate(String t, Random r) {
        int ops = 1 + r.nextInt(5);
        for (int k = 0; k < ops; k++) {
            int at = t.isEmpty() ? 0 : r.nextInt(t.length() + 1);
            switch (r.nextInt(9)) {
                case 0, 1, 2 -> {
                    String sep = r.nextBoolean() ? " " : "";
                    t = t.substring(0, at) + sep + RandomTexts.text(r) + sep + t.substring(at);
                }
                case 3 -> {
                    int end = Math.min(t.length(), at + r.nextInt(30));
                    String s = t.substring(at, end);
                    s = r.nextBoolean() ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
                    t = t.substring(0, at) + s + t.substring(end);
                }
                case 4 -> t = r.nextInt(4) == 0 ? t.substring(0, at) : t;
                case 5 -> t = r.nextInt(4) == 0 ? STAND_INS[r.nextInt(STAND_INS.length)] : t;
                case 6 -> t = t.replace("\n", r.nextBoolean() ? "\n- " : ". ");
                case 7 -> t = r.nextInt(5) == 0 ? (r.nextBoolean() ? "N/A: " : "n/a - ") + t : t;
                default -> t = t + (r.nextBoolean() ? "\n" : " ") + STAND_INS[r.nextInt(STAND_INS.length)];
            }
        }
        return t;
    }

    /** The built-in rule specs, and two sets with parameters changed (custom stores, patterns, phrases, fields...). */
    static List<List<RuleSpec>> specSets() {
        List<List<RuleSpec>> sets = new ArrayList<>();
        sets.add(RuleSet.builtInSpecs());
        for (int variant = 1; variant <= 2; variant++) {
            List<RuleSpec> out = new ArrayList<>();
            for (RuleSpec s : RuleSet.builtInSpecs()) {
                Map<String, Object> p = new LinkedHashMap<>();
                boolean one = variant == 1;
                switch (s.id()) {
                    case "unified-data-platform" -> {
                        p.put("stores", one ? List.of("postgres(?:ql)?", "my[s]ql", "(?i)mongo", "s3|gcs", "x?y", "[a-c]+db",
                                "\\Qa|b\\E", "k8s", "(?x) red is", "\\w+base", "dyn(amo)?db", "ıbm", "straße", "redis", "redis")
                                : List.of("tidb", "(?:cockroach|yugabyte)db", "\\d+", "sql", "is"));
                        p.put("max_stores", one ? 1 : 3);
                    }
                    case "provider-failover" -> {
                        p.put("providers", one ? List.of("openai", "a|", "(?:claude|anthropic)", "gem\\w+", "ſkip", "K",
                                "\\bmeta\\b", "(?<=x)ai", "l{2}ama", "(a)\\1") : List.of("mist(ral)?", "o", "x"));
                        p.put("min_providers", one ? 3 : 1);
                        p.put("fields", List.of("api_management", "model_routing", "model_providers", "fault_tolerance"));
                    }
                    case "compliance-named" -> p.put("regulations", one ? List.of("gdpr", "soc ?[12]", "(?:iso)\\s*27001",
                            "[^a]pi", "hi?paa") : List.of("a"));
                    case "vanity-metrics" -> {
                        p.put("vanity_patterns", one ? List.of("users?", "(number|count) of", "\\bclicks\\b", "[0-9]+ calls",
                                "logins?|sessions") : List.of("a"));
                        p.put("outcome_patterns", one ? List.of("saved", "\\bK\\b", "(?i:TIME) to", "%|percent", "e?rror", "ß")
                                : List.of("zzz"));
                        p.put("fields", List.of("success_metrics", "growth_strategy"));
                    }
                    case NonAnswerRule.ID -> {
                        if (one) {
                            p.put("extra_phrases", List.of("ask Bob", "TBC!", "n a", "ＴＢＤ", "a much longer stand-in phrase of many words"));
                            p.put("min_words", 3);
                            p.put("min_words_by_field", Map.of("success_metrics", 5, "roi_calculation", 0));
                        } else {
                            p.put("phrases", List.of("later", "x"));
                        }
                    }
                    case "not-applicable-reason" -> p.put("reasons", one ? List.of("Out Of Scope", "other", "budget") : List.of("x"));
                    case "scale-milestones" -> p.put("fields", one ? List.of("scale_projections", "growth_strategy", "cost_constraints")
                            : List.of("roi_calculation"));
                    case "sla-measurable" -> {
                        p.put("performance_fields", one ? List.of("performance_requirements", "cost_constraints", "nope") : List.of());
                        p.put("recovery_fields", List.of("reliability_requirements", "fault_tolerance"));
                    }
                    case "economics-at-scale" -> {
                        p.put("fields", one ? List.of("cost_constraints", "roi_calculation", "scale_projections") : List.of("nope"));
                        p.put("anchor_fields", one ? List.of("nope", "roi_calculation") : List.of("cost_constraints"));
                    }
                    case "roi-figures" -> {
                        p.put("tolerance_points", one ? 0.5 : 50);
                        p.put("fields", List.of("roi_calculation", "cost_constraints"));
                    }
                    default -> {
                    }
                }
                out.add(p.isEmpty() ? s : s.withParams(p, "test"));
            }
            sets.add(out);
        }
        return sets;
    }

    private record Pair(Rule now, Rule original) {
    }

    static List<Pair> pairs(List<RuleSpec> specs) {
        RuleSet set = RuleSet.of(specs, LocalDate.of(2026, 12, 1));
        List<Pair> out = new ArrayList<>();
        for (Rule r : set.rules()) {
            Function<RuleSpec, Rule> original = ORIGINAL.get(r.spec().kind());
            if (original != null) {
                out.add(new Pair(r, original.apply(r.spec())));
            }
        }
        return out;
    }

    /** The findings of one rule (a rule that throws fails the test: none may). */
    private static List<Object> run(Rule r, CanvasDefinition def, CanvasDocument doc) {
        List<Finding> out = new ArrayList<>();
        r.check(def, doc, new FindingSink(r.id(), r.spec().severity(), out));
        return new ArrayList<>(out);
    }

    /** Checks with every rule of the set, the way a run does (one document after the other), against the originals. */
    private static int compare(List<Pair> pairs, CanvasDefinition def, CanvasDocument doc) {
        int findings = 0;
        for (Pair p : pairs) {
            List<Object> now = run(p.now(), def, doc);
            List<Object> before = run(p.original(), def, doc);
            assertThat(now).as(p.now().id() + " on " + doc.file() + " " + doc.answers()).isEqualTo(before);
            findings += now.size();
        }
        return findings;
    }

    @Test
    void theExamplesAsTheyAre() {
        int findings = 0;
        for (List<RuleSpec> specs : specSets()) {
            List<Pair> pairs = pairs(specs);
            for (CanvasDefinition def : definitions) {
                for (CanvasDocument doc : documents) {
                    findings += compare(pairs, def, doc);
                }
            }
        }
        assertThat(findings).isPositive();
    }

    @Test
    void mutatedExamples() {
        Random r = new Random(42);
        int findings = 0;
        for (List<RuleSpec> specs : specSets()) {
            List<Pair> pairs = pairs(specs);
            for (int round = 0; round < 20; round++) {
                for (CanvasDocument doc : documents) {
                    CanvasDefinition def = definitions.get(round % 5 == 4 ? 1 : 0);
                    findings += compare(pairs, def, mutate(doc, def, r));
                }
            }
        }
        assertThat(findings).isGreaterThan(500);
    }

    @Test
    void oneDocumentAgainstOneDefinitionThenAnotherAndBack() {
        // what is read of a document is kept for the definition it was read against
        List<Pair> pairs = pairs(specSets().get(0));
        Random r = new Random(11);
        for (CanvasDocument doc : documents) {
            CanvasDocument d = mutate(doc, definitions.get(0), r);
            for (CanvasDefinition def : List.of(definitions.get(0), definitions.get(1), definitions.get(0), definitions.get(1))) {
                compare(pairs, def, d);
            }
        }
    }

    @Test
    void onSeveralThreadsAtOnce() throws Exception {
        List<Pair> pairs = pairs(specSets().get(0));
        CanvasDefinition def = definitions.get(0);
        Random r = new Random(7);
        List<CanvasDocument> docs = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            docs.add(mutate(documents.get(i % documents.size()), def, r));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int from = t;
                done.add(pool.submit(() -> {
                    int n = 0;
                    for (int i = from; i < docs.size(); i += 2) { // each document on two threads
                        n += compare(pairs, def, docs.get(i));
                    }
                    return n;
                }));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get()).isPositive();
            }
        } finally {
            pool.shutdown();
        }
    }
}

package dev.canvas.rules;

import dev.canvas.markdown.CanvasMarkdown;
import dev.canvas.model.Answer;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistItem;
import dev.canvas.model.ChecklistKind;
import dev.canvas.model.Field;
import dev.canvas.model.Location;
import dev.canvas.model.Mark;
import dev.canvas.model.Progress;
import dev.canvas.model.SourceFormat;
import dev.canvas.model.Square;
import dev.canvas.model.Subject;
import dev.canvas.text.MatchText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules as they were before their fast paths (pre-filters, needles, per-document views), copied unchanged
 * but for their names: the oracle that {@link RulesMatchOriginalTest} compares the rules with. A change that makes a
 * rule faster leaves it alone: it is what the rule's answers must stay equal to. A change meant to alter what a rule
 * answers changes it too, in the same commit (as roi-figures' cost of 0 did: a finding instead of an exception).
 */
@SuppressWarnings("all")
final class OriginalRules {

    private OriginalRules() {
    }

    /**
     * An answer must be an answer: not a leftover {@code {{placeholder}}}, not a stand-in such as TBD, TODO, N/A,
     * "to be determined" or a blank line {@code ___}, and not a note that starts with one ("TODO: ask legal").
     */
    static final class NonAnswer extends SpecRule {

        public static final String ID = "field-non-answer";

        /** Phrases that stand in for an answer; compared by {@link MatchText#key}. */
        public static final List<String> DEFAULT_PHRASES = List.of(
                "tbd", "tba", "tbc", "todo", "to do", "fixme", "n a", "na", "none", "nothing", "unknown", "pending",
                "wip", "to be determined", "to be decided", "to be defined", "to be confirmed", "to be added",
                "to be completed", "later", "coming soon", "not yet", "not applicable", "placeholder", "lorem ipsum",
                "xxx", "answer here", "your answer here", "fill in", "fill me in");
        /** Words that, first in an answer and followed by punctuation, make it a note rather than an answer. */
        private static final Set<String> LEADING_MARKERS = Set.of("tbd", "todo", "fixme", "tba", "tbc", "xxx", "wip");
        private static final Pattern FILLER = Pattern.compile("[\\s_.\\-?…*x—–]*", Pattern.CASE_INSENSITIVE);
        private static final Pattern LEADING = Pattern.compile("^\\W*([A-Za-z]+)\\s*[:\\-–—(\\[!.]");

        private final Set<String> phrases;
        private final int maxPhraseChars;
        private static final int MAX_PHRASE_CHARS_FLOOR = 40;

        private final int minWords;
        private final java.util.Map<String, Object> minWordsByField;

        /**
         * Parameters: {@code phrases} (replaces the default stand-ins), {@code extra_phrases} (adds to them),
         * {@code min_words} (every answer needs at least this many words; 0 = off), {@code min_words_by_field}
         * (field id: minimum, overriding {@code min_words}).
         */
        NonAnswer(RuleSpec spec) {
            super(spec);
            List<String> phrases = new java.util.ArrayList<>(spec.strings("phrases", DEFAULT_PHRASES));
            phrases.addAll(spec.strings("extra_phrases", List.of()));
            this.minWords = (int) spec.number("min_words", 0);
            this.minWordsByField = spec.map("min_words_by_field");
            this.phrases = Set.copyOf(phrases.stream().map(MatchText::key).filter(k -> !k.isEmpty()).toList());
            // room for emphasis, punctuation and spaces around the longest phrase
            this.maxPhraseChars = Math.max(MAX_PHRASE_CHARS_FLOOR, 3 * phrases.stream().mapToInt(String::length).max().orElse(0));
        }




        @Override
        public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
            for (Square s : def.squares()) {
                for (Field f : s.fields()) {
                    Answer a = doc.answers().get(f.id());
                    if (a == null || a.text().isBlank()) {
                        continue;
                    }
                    String why = why(a.text());
                    if (why == null) {
                        int min = minWordsByField.get(f.id()) instanceof Number n ? n.intValue() : minWords;
                        String key = min > 0 ? MatchText.key(a.text()) : "";
                        int words = key.isEmpty() ? 0 : key.split(" ").length;
                        if (min > 0 && words < min) {
                            why = "too short to be an answer (" + words + (words == 1 ? " word" : " words") + ", at least " + min + " expected)";
                        }
                    }
                    if (why != null) {
                        out.report(a.location(), Subject.field(s, f), "answer to '" + f.question() + "' is " + why,
                                "replace it with the real answer");
                    }
                }
            }
        }

        /** Why a text is not an answer, or null when it is one. */
        String why(String text) {
            List<String> ph = CanvasMarkdown.placeholders(text);
            if (!ph.isEmpty()) {
                return "still the template placeholder {{" + ph.get(0) + "}}";
            }
            String stripped = text.strip();
            if (FILLER.matcher(stripped).matches()) {
                return "a blank to fill in ('" + abbreviate(stripped) + "')";
            }
            // a stand-in phrase is short: only short answers need the (costly) normalised key
            String key = stripped.length() <= maxPhraseChars ? MatchText.key(stripped) : "";
            if (phrases.contains(key)) {
                return "a stand-in, not an answer ('" + abbreviate(stripped) + "')";
            }
            var m = LEADING.matcher(stripped);
            if (m.find() && LEADING_MARKERS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return "a note that it is still to do ('" + abbreviate(stripped) + "')";
            }
            return null;
        }

        private static String abbreviate(String s) {
            String one = s.replaceAll("\\s+", " ");
            return one.length() <= 40 ? one : one.substring(0, 37) + "...";
        }
    }

    /**
     * "Not applicable" is an answer only with a reason from a fixed list: out of scope, business priority,
     * architecture constraint, or other followed by its own text ({@code N/A: out of scope - the agent stores no
     * data}). A bare N/A stays a non-answer ({@code field-non-answer}); N/A with a reason outside the list is this rule's.
     */
    static final class NotApplicable extends SpecRule {

        static final List<String> REASONS = List.of("out of scope", "business priority", "architecture constraint", "other");
        private static final Pattern NA = Pattern.compile("(?i)^\\W*(n/?a|not applicable)\\b\\W*(.*)$", Pattern.DOTALL);

        NotApplicable(RuleSpec spec) {
            super(spec);
        }

        @Override
        public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
            List<String> reasons = spec.strings("reasons", REASONS).stream().map(r -> r.toLowerCase(Locale.ROOT)).toList();
            for (Square s : def.squares()) {
                for (Field f : s.fields()) {
                    Answer a = doc.answers().get(f.id());
                    if (a == null) {
                        continue;
                    }
                    Matcher m = NA.matcher(a.text().strip());
                    if (!m.matches() || m.group(2).isBlank()) {
                        continue; // not an N/A, or a bare one (field-non-answer reports it)
                    }
                    String reason = m.group(2).strip().toLowerCase(Locale.ROOT);
                    String category = reasons.stream().filter(reason::startsWith).findFirst().orElse(null);
                    boolean ok = category != null
                            && (!category.equals("other") || reason.substring(category.length()).replaceAll("[\\W_]", "").length() >= 3);
                    if (!ok) {
                        out.report(a.location(), Subject.field(s, f),
                                "'not applicable' needs a reason from the list (" + String.join(", ", reasons) + ")",
                                "write 'N/A: out of scope - <why>' (or business priority, architecture constraint, other: <text>)");
                    }
                }
            }
        }

        /** Whether an answer is a justified N/A (so that other substance rules can let it be). */
        static boolean isJustified(String text) {
            Matcher m = NA.matcher(text.strip());
            return m.matches() && REASONS.stream().anyMatch(r -> m.group(2).strip().toLowerCase(Locale.ROOT).startsWith(r));
        }
    }

    /** The economics at 10x and 100x today's scale are addressed somewhere in the canvas (the method's prerequisite). */
    static final class EconomicsAtScale extends SpecRule {

        // "10x", "10 ×", "ten times", "10-fold"; "100x", "a hundred times". Searched for in every answer, so tried at
        // every position of the canvas's text: the look-ahead names the characters a match can start with (keep it in
        // step with the alternatives), so that the word boundary, the costly test, is made only there
        private static final Pattern TEN = Pattern.compile("(?i)(?=[1t])\\b(?:10\\s?[x×]|(10|ten)[- ]?(times|fold)\\b)");
        private static final Pattern HUNDRED = Pattern.compile("(?i)(?=[1ha])\\b(?:100\\s?[x×]|(100|hundred|a hundred)[- ]?(times|fold)\\b)");

        EconomicsAtScale(RuleSpec spec) {
            super(spec);
        }

        @Override
        public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
            String anchor = spec.strings("anchor_fields", List.of("cost_constraints", "cost_analysis")).stream()
                    .filter(def.fieldsById()::containsKey).findFirst().orElse(null);
            if (anchor == null) {
                return; // a template without a field that holds the economics does not ask for them
            }
            List<String> fields = spec.strings("fields", List.of());
            List<Answer> answers = new ArrayList<>();
            if (fields.isEmpty()) {
                def.fields().forEach(f -> {
                    Answer a = doc.answers().get(f.id());
                    if (a != null) {
                        answers.add(a);
                    }
                });
            } else {
                Text.answered(def, doc, fields).forEach(x -> answers.add(x.answer()));
            }
            if (answers.isEmpty()) {
                return; // nothing answered: the completeness rules say so
            }
            boolean ten = answers.stream().anyMatch(a -> TEN.matcher(a.text()).find());
            boolean hundred = answers.stream().anyMatch(a -> HUNDRED.matcher(a.text()).find());
            if (!ten || !hundred) {
                String missing = !ten && !hundred ? "10x and 100x" : !ten ? "10x" : "100x";
                var answered = Text.first(def, doc, anchor);
                Location at = answered.map(x -> x.answer().location()).orElse(answers.get(0).location());
                out.report(at, answered.map(x -> Subject.field(x.square(), x.field())).orElse(Subject.NONE),
                        "the canvas does not address the economics at " + missing + " scale",
                        "show cost and value at 10x and at 100x today's usage (e.g. in the cost constraints or the ROI)");
            }
        }
    }

    /**
     * Square 5 names one platform for application data, vectors and memory. Naming three or more separate stores is
     * the method's "three-database chaos"; naming none leaves the choice open. Stores mentioned as what is being
     * replaced ("instead of", "rather than", "replacing", "no longer") do not count.
     */
    static final class UnifiedPlatform extends SpecRule {

        static final List<String> STORES = List.of("postgres(?:ql)?|pgvector", "mysql|mariadb", "mongodb|atlas", "pinecone",
                "weaviate", "qdrant", "milvus|zilliz", "chroma(?:db)?", "redis", "elasticsearch|elastic", "opensearch",
                "dynamodb", "cassandra|astra ?db", "neo4j", "snowflake", "bigquery", "cosmos ?db", "firestore|firebase",
                "supabase", "sql server|azure sql", "oracle", "sqlite", "faiss", "lancedb", "vespa", "couchbase", "s3");
        private static final Pattern NEGATED = Pattern.compile(
                "(?i)(instead of|rather than|replac\\w*|no longer|migrat\\w* (away )?from|avoid\\w*|not |without)");

        private final List<Pattern> stores;

        UnifiedPlatform(RuleSpec spec) {
            super(spec);
            this.stores = Text.patterns(spec.strings("stores", STORES).stream().map(s -> "\\b(" + s + ")\\b").toList());
        }

        @Override
        public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
            int max = (int) spec.number("max_stores", 2);
            for (Text.Answered a : Text.answered(def, doc, spec.strings("fields", List.of("unified_platform_choice")))) {
                Set<String> named = new LinkedHashSet<>();
                for (String sentence : Text.items(a.text())) {
                    Matcher neg = NEGATED.matcher(sentence);
                    String counted = neg.find() ? sentence.substring(0, neg.start()) : sentence;
                    for (Pattern p : stores) {
                        if (!named.contains(p.pattern()) && p.matcher(counted).find()) { // a store already named counts once
                            named.add(p.pattern());
                        }
                    }
                }
                Subject subject = Subject.field(a.square(), a.field());
                if (named.size() > max) {
                    out.report(a.answer().location(), subject, "the data platform is " + named.size()
                                    + " separate stores, not one (three-database chaos)",
                            "choose one platform for application data, vectors and memory");
                } else if (named.isEmpty() && !a.lower().matches("(?s).*\\b(unified|single|one)\\b.*")) {
                    out.report(a.answer().location(), subject, "no data platform is named",
                            "name the one platform that holds application data, vectors and memory");
                }
            }
        }
    }

    /** Provider failover names at least two model providers (if the primary is down, traffic goes to a backup). */
    static final class ProviderFailover extends SpecRule {

        static final List<String> PROVIDERS = List.of("openai|gpt-?\\d|azure openai", "anthropic|claude", "google|gemini|vertex",
                "bedrock|aws|amazon|titan", "cohere", "mistral", "meta|llama", "groq", "together ai|together\\.ai", "hugging ?face",
                "deepseek", "ibm|watsonx", "self-hosted|on-prem\\w*|vllm|ollama|local model", "ai21", "xai|grok", "databricks|dbrx",
                "nvidia|nim");

        private final List<Pattern> providers;

        ProviderFailover(RuleSpec spec) {
            super(spec);
            this.providers = Text.patterns(spec.strings("providers", PROVIDERS).stream().map(s -> "\\b(" + s + ")\\b").toList());
        }

        @Override
        public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
            int min = (int) spec.number("min_providers", 2);
            List<Text.Answered> answers = Text.answered(def, doc, spec.strings("fields", List.of("api_management", "model_routing")));
            if (answers.isEmpty()) {
                return;
            }
            Set<String> named = new LinkedHashSet<>();
            for (Text.Answered a : answers) {
                for (Pattern p : providers) {
                    // a search reads the whole answer: none for a provider already named, nor once enough are named
                    // (more do not change the outcome)
                    if (named.size() < min && !named.contains(p.pattern()) && p.matcher(a.text()).find()) {
                        named.add(p.pattern());
                    }
                }
            }
            if (named.size() < min) {
                Text.Answered a = answers.get(0);
                out.report(a.answer().location(), Subject.field(a.square(), a.field()),
                        "provider failover names " + (named.isEmpty() ? "no model provider" : "only one model provider"),
                        "name at least " + min + " providers, and what happens when the primary is down");
            }
        }
    }

    /** Compliance names the regulations that apply, or says why none do. */
    static final class ComplianceNamed extends SpecRule {

        static final List<String> REGULATIONS = List.of("gdpr", "uk gdpr", "ccpa", "cpra", "hipaa", "soc ?2", "iso ?27001",
                "iso ?27701", "iso ?42001", "pci[- ]?dss", "eu ai act", "ai act", "sox|sarbanes", "ferpa", "glba", "fedramp", "nis ?2",
                "dora", "lgpd", "pipeda", "appi", "pdpa", "coppa", "fisma", "cjis", "itar", "hgb", "gobd", "bdsg", "dsgvo", "fca",
                "finra", "mifid", "basel", "nist", "csa star", "cmmc", "hitrust", "section 508", "wcag", "accessibility act");
        private static final Pattern NONE_BECAUSE = Pattern.compile(
                "(?i)\\b(no (specific )?(regulation|regulatory|compliance)[^.]*\\b(because|since|as)\\b|not subject to|none apply because|no personal data)");

        private final List<Pattern> regs;

        ComplianceNamed(RuleSpec spec) {
            super(spec);
            this.regs = Text.patterns(spec.strings("regulations", REGULATIONS).stream().map(s -> "\\b(" + s + ")\\b").toList());
        }

        @Override
        public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
            List<Text.Answered> answers = Text.answered(def, doc,
                    spec.strings("fields", List.of("compliance_requirements", "regulatory_compliance")));
            if (answers.isEmpty()) {
                return;
            }
            boolean named = answers.stream().anyMatch(a -> Text.mentions(a.text(), regs) || NONE_BECAUSE.matcher(a.text()).find());
            if (!named) {
                Text.Answered a = answers.get(0);
                out.report(a.answer().location(), Subject.field(a.square(), a.field()),
                        "no regulation is named, and no reason why none applies",
                        "name the regulations that apply (GDPR, CCPA, HIPAA, SOC 2, ...) or say why none do");
            }
        }
    }

    /**
     * Success metrics must be outcomes. When every metric listed counts activity (agents deployed, API calls made,
     * users who tried once...) and none measures an outcome (time saved, errors reduced, revenue, satisfaction,
     * active users...), the metrics are vanity metrics.
     */
    static final class VanityMetrics extends SpecRule {

        static final List<String> VANITY = List.of(
                "agents?\\s+(deployed|launched|built|created)", "(number|count|#) of (agents|bots|models|prompts|features)",
                "api calls?", "calls? made", "requests? (made|sent|served)", "tried (it )?once", "sign[- ]?ups?", "log[- ]?ins?",
                "(number|count|#) of (users|queries|messages|conversations|sessions|chats|interactions|tokens)",
                "(queries|messages|conversations|sessions|interactions|downloads|page ?views|clicks|installs) (per|a|each) (day|week|month)",
                "tokens? (used|processed|consumed)", "downloads", "page ?views", "installs");
        static final List<String> OUTCOME = List.of(
                "time saved", "saves?", "hours?", "minutes?", "reduc", "decreas", "increas", "improv", "faster", "error",
                "accuracy", "revenue", "cost", "\\bcsat\\b", "\\bnps\\b", "satisfaction", "retention", "churn",
                "(weekly|monthly|daily) active", "\\b[wmd]au\\b", "resolution", "conversion", "defect", "escalation",
                "usage frequency", "%", "per cent", "percent", "rate\\b", "\\broi\\b", "profit", "margin", "lead time",
                "time to", "quality", "adoption");

        private final List<String> fields;
        private final List<Pattern> vanity;
        private final List<Pattern> outcome;

        VanityMetrics(RuleSpec spec) {
            super(spec);
            this.fields = spec.strings("fields", List.of("success_metrics"));
            this.vanity = Text.patterns(spec.strings("vanity_patterns", VANITY));
            this.outcome = Text.patterns(spec.strings("outcome_patterns", OUTCOME));
        }

        @Override
        public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
            for (Text.Answered a : Text.answered(def, doc, fields)) {
                List<String> items = Text.items(a.text());
                if (items.stream().anyMatch(i -> Text.mentions(i, outcome))) {
                    continue; // an outcome is measured: activity counts beside it are fine
                }
                List<String> vanityItems = items.stream().filter(i -> Text.mentions(i, vanity)).toList();
                if (!vanityItems.isEmpty()) {
                    out.report(a.answer().location(), Subject.field(a.square(), a.field()),
                            "'" + a.field().question() + "' lists only activity counts (" + String.join("; ", vanityItems.stream()
                                    .limit(3).map(s -> s.length() > 40 ? s.substring(0, 37) + "..." : s).toList())
                                    + "), not outcomes",
                            "measure outcomes: active users, time saved, error reduction, revenue or cost impact, satisfaction");
                }
            }
        }
    }

    /** Scale projections give figures for launch, 6 months and 1 year. */
    static final class ScaleMilestones extends SpecRule {

        private static final Pattern NUMBER = Pattern.compile("\\d");
        /**
         * Each milestone and how an item names it. A word boundary shared by the alternatives is written once, outside
         * them: a search tests it at every position of the answer, and it is the costly part.
         */
        private static final List<Milestone> MILESTONES = List.of(
                new Milestone("launch", "(?i)\\b(launch|go-?live|day one|day 1|at start|initial(ly)?|month 0)\\b"),
                new Milestone("6 months", "(?i)\\b(?:(6|six)[- ]?months?|month 6|m6|half[- ]year|h1)\\b"),
                new Milestone("1 year", "(?i)\\b(?:(1|one)[- ]?year\\b|12[- ]?months?\\b|year (1|one)\\b|month 12\\b|m12\\b|annual)"));

        private record Milestone(String name, Pattern pattern) {
            Milestone(String name, String regex) {
                this(name, Pattern.compile(regex));
            }

            /** Whether the item names this milestone and gives a figure besides the milestone's own digits. */
            boolean withFigure(String item) {
                return pattern.matcher(item).find() && NUMBER.matcher(pattern.matcher(item).replaceAll("")).find();
            }
        }

        ScaleMilestones(RuleSpec spec) {
            super(spec);
        }

        @Override
        public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
            for (Text.Answered a : Text.answered(def, doc, spec.strings("fields", List.of("scale_projections")))) {
                List<String> items = Text.items(a.text());
                List<String> missing = new ArrayList<>();
                for (Milestone m : MILESTONES) {
                    if (items.stream().noneMatch(m::withFigure)) {
                        missing.add(m.name());
                    }
                }
                if (!missing.isEmpty()) {
                    out.report(a.answer().location(), Subject.field(a.square(), a.field()),
                            "scale projections give no figure for " + String.join(", ", missing),
                            "give users and interactions at launch, at 6 months and at 1 year, from POC adoption data");
                }
            }
        }
    }

    /**
     * SLAs are measurable: a response time with a unit, availability as a percentage, throughput as a rate (in the
     * performance requirements), and a recovery time objective with a unit (in the reliability requirements).
     */
    static final class SlaMeasurable extends SpecRule {

        private static final Pattern RESPONSE = Pattern.compile(
                "(?i)\\d+(?:\\.\\d+)?\\s?(ms|milliseconds?|s|secs?|seconds?|minutes?|mins?)\\b");
        private static final Pattern AVAILABILITY = Pattern.compile("\\d{2}(?:\\.\\d+)?\\s?%");
        private static final Pattern THROUGHPUT = Pattern.compile(
                "(?i)\\d[\\d,.]*\\s?(k\\s)?(\\w+\\s){0,3}?(per|/|a|an|each)\\s?(second|sec|s|minute|min|hour|hr|h|day)\\b|\\b\\d[\\d,.]*\\s?(rps|qps|tps|rpm)\\b");
        private static final Pattern RTO = Pattern.compile(
                "(?i)(\\brto\\b|recovery time)[^.\\n]{0,60}?\\d+(?:\\.\\d+)?\\s?(ms|s|sec|seconds?|minutes?|mins?|hours?|hrs?|h|days?)\\b");

        SlaMeasurable(RuleSpec spec) {
            super(spec);
        }

        @Override
        public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
            for (Text.Answered a : Text.answered(def, doc, spec.strings("performance_fields", List.of("performance_requirements")))) {
                List<String> missing = new ArrayList<>();
                if (!RESPONSE.matcher(a.text()).find()) {
                    missing.add("a response time with its unit (e.g. p95 < 2 s)");
                }
                if (!AVAILABILITY.matcher(a.text()).find()) {
                    missing.add("availability as a percentage (e.g. 99.9%)");
                }
                if (!THROUGHPUT.matcher(a.text()).find()) {
                    missing.add("throughput as a rate (e.g. 50 requests per second)");
                }
                if (!missing.isEmpty()) {
                    out.report(a.answer().location(), Subject.field(a.square(), a.field()),
                            "the SLA is not measurable: it lacks " + String.join(", ", missing), "state each SLA as a number with its unit");
                }
            }
            for (Text.Answered a : Text.answered(def, doc, spec.strings("recovery_fields", List.of("reliability_requirements")))) {
                if (!RTO.matcher(a.text()).find()) {
                    out.report(a.answer().location(), Subject.field(a.square(), a.field()),
                            "no recovery time objective is stated", "state the RTO with its unit (e.g. 'RTO: 30 minutes')");
                }
            }
        }
    }

    /**
     * Square 1's ROI states the value and the cost in numbers, and where it also states the ROI, that figure is
     * (value - cost) / cost x 100% within a tolerance.
     */
    static final class RoiFiguresCheck extends SpecRule {

        RoiFiguresCheck(RuleSpec spec) {
            super(spec);
        }

        @Override
        public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
            for (Text.Answered a : Text.answered(def, doc, spec.strings("fields", java.util.List.of("roi_calculation")))) {
                Roi r = Roi.of(a.text());
                Subject subject = Subject.field(a.square(), a.field());
                if (r.value().isEmpty() || r.cost().isEmpty()) {
                    String missing = r.value().isEmpty() && r.cost().isEmpty() ? "the value and the cost"
                            : r.value().isEmpty() ? "the value" : "the cost";
                    out.report(a.answer().location(), subject, "the ROI does not state " + missing + " as a number",
                            "write 'value: <amount>' and 'cost: <amount>' (per year), then ROI = (value - cost) / cost x 100%");
                    continue;
                }
                if (r.cost().get().signum() == 0) {
                    out.report(a.answer().location(), subject, "the ROI's cost is 0, so (value - cost) / cost cannot be computed",
                            "state the full yearly cost (build, run, models, people) as a number");
                    continue;
                }
                BigDecimal computed = r.computed().orElseThrow(); // value and a cost other than 0: computed
                double tolerance = spec.number("tolerance_points", 5);
                if (r.stated().isPresent() && r.stated().get().subtract(computed).abs().doubleValue() > tolerance) {
                    out.report(a.answer().location(), subject, "the stated ROI of " + r.stated().get().toPlainString()
                                    + "% does not match (value - cost) / cost = " + computed.toPlainString() + "%",
                            "correct the ROI, or the value and cost it is computed from");
                }
            }
        }
    }

    /** The ROI is positive: the method does not scale an agent whose value does not exceed its cost. */
    static final class RoiPositive extends SpecRule {

        RoiPositive(RuleSpec spec) {
            super(spec);
        }

        @Override
        public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
            for (Text.Answered a : Text.answered(def, doc, spec.strings("fields", java.util.List.of("roi_calculation")))) {
                Roi r = Roi.of(a.text());
                Optional<BigDecimal> roi = r.computed().or(r::stated);
                if (roi.isPresent() && roi.get().signum() <= 0) {
                    out.report(a.answer().location(), Subject.field(a.square(), a.field()),
                            "the ROI is not positive (" + roi.get().toPlainString() + "%)",
                            "do not scale: return to POC validation, or lower the cost until the value exceeds it");
                }
            }
        }
    }

    /** After launch: where an actual ROI is recorded below the projected one, the method says investigate. */
    static final class RoiActual extends SpecRule {

        RoiActual(RuleSpec spec) {
            super(spec);
        }

        @Override
        public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
            for (Text.Answered a : Text.answered(def, doc, spec.strings("fields", java.util.List.of("roi_calculation")))) {
                Roi r = Roi.of(a.text());
                if (r.actual().isPresent() && r.projected().isPresent() && r.actual().get().compareTo(r.projected().get()) < 0) {
                    out.report(a.answer().location(), Subject.field(a.square(), a.field()),
                            "the actual ROI (" + r.actual().get().toPlainString() + "%) is below the projected ROI ("
                                    + r.projected().get().toPlainString() + "%)",
                            "investigate and optimise: adoption, cost per interaction, the value assumptions");
                }
            }
        }
    }

    /**
     * Evidence an answer cites as a local path or relative link ({@code [POC report](docs/poc-report.md)},
     * {@code ./evidence/load-test.pdf}) must exist, relative to the canvas. A path that leaves the repository (the
     * git work tree the canvas is in, else its directory) is a finding and is never looked at. Web links are not
     * followed: canvas makes no network connection.
     */
    static final class Evidence extends SpecRule {

        private static final Pattern MD_LINK = Pattern.compile("\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
        private static final Pattern BARE = Pattern.compile("(?<![\\w/.])(\\.{1,2}/[\\w./-]+)");
        private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

        Evidence(RuleSpec spec) {
            super(spec);
        }

        @Override
        public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
            Path canvas;
            try {
                canvas = Path.of(doc.file()).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                return;
            }
            Path dir = canvas.getParent();
            if (dir == null) {
                return;
            }
            Path root = repositoryRoot(dir);
            for (Square s : def.squares()) {
                for (Field f : s.fields()) {
                    Answer a = doc.answers().get(f.id());
                    if (a == null) {
                        continue;
                    }
                    // a link has "](" in it, a bare path "./": most answers have neither, and a search, which tries the
                    // pattern at every position of the answer, costs far more than looking for them
                    if (a.text().contains("](")) {
                        check(a, dir, root, MD_LINK.matcher(a.text()), Subject.field(s, f), out);
                    }
                    if (a.text().contains("./")) {
                        check(a, dir, root, BARE.matcher(a.text()), Subject.field(s, f), out);
                    }
                }
            }
        }

        private static void check(Answer a, Path dir, Path root, Matcher m, Subject subject, FindingSink out) {
            while (m.find()) {
                String target = m.group(1);
                if (SCHEME.matcher(target).find() || target.startsWith("#") || target.startsWith("//")) {
                    continue; // a web link or an anchor: not a local file
                }
                String pathPart = target.replaceAll("[#?].*$", "");
                if (pathPart.isEmpty()) {
                    continue;
                }
                Path p;
                try {
                    p = (pathPart.startsWith("/") ? root.resolve(pathPart.substring(1)) : dir.resolve(pathPart)).normalize();
                } catch (InvalidPathException e) {
                    out.report(a.location(), subject, "evidence path '" + target + "' is not a valid path", "fix the link");
                    continue;
                }
                if (!p.startsWith(root)) {
                    out.report(a.location(), subject, "evidence '" + target + "' points outside the repository",
                            "keep evidence inside the repository and link it relative to the canvas");
                } else if (!Files.exists(p)) {
                    out.report(a.location(), subject, "evidence '" + target + "' does not exist (looked for " + root.relativize(p) + ")",
                            "add the file, or fix the link (relative to the canvas)");
                }
            }
        }

        /** The git work tree holding {@code dir}, else {@code dir} itself. */
        public static Path repositoryRoot(Path dir) {
            for (Path d = dir; d != null; d = d.getParent()) {
                if (Files.exists(d.resolve(".git"))) {
                    return d;
                }
            }
            return dir;
        }
    }

    /** A question that is there must have an answer: not empty, not whitespace. */
    static final class FieldEmpty extends SpecRule {

        FieldEmpty(RuleSpec spec) {
            super(spec);
        }

        public static final String ID = "field-empty";




        @Override
        public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
            for (Square s : def.squares()) {
                for (Field f : s.fields()) {
                    Answer a = doc.answers().get(f.id());
                    if (a != null && a.text().isBlank()) {
                        out.report(a.location(), Subject.field(s, f), "question '" + f.question() + "' has no answer",
                                "write the answer under the question");
                    }
                }
            }
        }
    }

    /** Within a square the canvas has, every question must be there. (A missing square is reported once, whole.) */
    static final class FieldMissing extends SpecRule {

        FieldMissing(RuleSpec spec) {
            super(spec);
        }

        public static final String ID = "field-missing";




        @Override
        public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
            for (Square s : def.squares()) {
                var squareAt = doc.squares().get(s.number());
                if (squareAt == null) {
                    continue;
                }
                for (Field f : s.fields()) {
                    if (doc.answers().containsKey(f.id())) {
                        continue;
                    }
                    String fix = doc.format() == SourceFormat.YAML
                            ? "add '" + f.id() + ":' with your answer under squares:"
                            : "add '**" + f.question() + "**' followed by your answer under " + s.label();
                    out.report(squareAt, Subject.field(s, f), "question '" + f.question() + "' is missing", fix);
                }
            }
        }
    }

    /** Every square the template defines must be in the canvas. */
    static final class SquareMissing extends SpecRule {

        SquareMissing(RuleSpec spec) {
            super(spec);
        }

        public static final String ID = "square-missing";




        @Override
        public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
            for (Square s : def.squares()) {
                if (doc.squares().containsKey(s.number())) {
                    continue;
                }
                String fix = doc.format() == SourceFormat.YAML
                        ? "answer its fields under squares: (" + s.fields().stream().map(Field::id).collect(Collectors.joining(", ")) + ")"
                        : "add '### " + s.label() + "' with its " + s.fields().size()
                                + (s.fields().size() == 1 ? " question and its answer" : " questions and their answers")
                                + " ('canvas init' shows the layout)";
                out.report(Places.forMissingSquare(def, doc, s), Subject.square(s), s.label() + " is missing", fix);
            }
        }
    }

    /** Every validation-gate item must be confirmed before deploying. */
    static final class Gate extends SpecRule {

        Gate(RuleSpec spec) {
            super(spec);
        }

        public static final String ID = "gate-unchecked";




        @Override
        public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
            for (Checklist c : def.checklists()) {
                if (c.kind() != ChecklistKind.GATE) {
                    continue;
                }
                for (ChecklistItem item : c.items()) {
                    Mark m = doc.marks(c.id()).get(item.id());
                    if (m == null) {
                        out.report(Places.forMissingItem(def, doc, c), Subject.item(c, item),
                                c.title() + " item '" + item.text() + "' is missing",
                                "add " + Places.box(doc, c, item.id(), item.text(), false) + " and tick it once it is true");
                    } else if (!m.checked()) {
                        out.report(m.location(), Subject.item(c, item),
                                c.title() + " item '" + item.text() + "' is not confirmed",
                                "make it true, then tick it: " + Places.box(doc, c, item.id(), item.text(), true));
                    }
                }
            }
        }
    }

    /** Every prerequisite must be confirmed: otherwise the POC is not validated and scaling must stop. */
    static final class Prerequisite extends SpecRule {

        Prerequisite(RuleSpec spec) {
            super(spec);
        }

        public static final String ID = "prerequisite-unchecked";




        @Override
        public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
            for (Checklist c : def.checklists()) {
                if (c.kind() != ChecklistKind.PREREQUISITES) {
                    continue;
                }
                for (ChecklistItem item : c.items()) {
                    Mark m = doc.marks(c.id()).get(item.id());
                    if (m == null) {
                        out.report(Places.forMissingItem(def, doc, c), Subject.item(c, item),
                                "prerequisite '" + item.text() + "' is missing",
                                "add " + Places.box(doc, c, item.id(), item.text(), false)
                                        + " and tick it only once it is true; until then, STOP: return to POC validation");
                    } else if (!m.checked()) {
                        out.report(m.location(), Subject.item(c, item),
                                "prerequisite '" + item.text() + "' is not confirmed",
                                "STOP: return to POC validation until it is true, then tick it: "
                                        + Places.box(doc, c, item.id(), item.text(), true));
                    }
                }
            }
        }
    }

    /**
     * Every item of the Production Readiness Checklist is confirmed. A canvas without the checklist at all gets one
     * finding ({@code checklist-missing}, another instance of this class), not one per item.
     */
    static final class ReadinessChecklist extends SpecRule {

        private final boolean missingWhole;

        ReadinessChecklist(RuleSpec spec, boolean missingWhole) {
            super(spec);
            this.missingWhole = missingWhole;
        }

        @Override
        public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
            for (Checklist c : def.checklists()) {
                if (c.kind() != ChecklistKind.READINESS) {
                    continue;
                }
                boolean present = !doc.marks(c.id()).isEmpty() || doc.checklists().containsKey(c.id());
                if (!present) {
                    if (missingWhole) {
                        out.report(doc.checklistRef().map(CanvasDocument.Reference::location).orElse(Location.of(doc.file(), 1)),
                                Subject.NONE, "the canvas has no " + c.title() + " (" + c.items().size() + " items)",
                                doc.format() == SourceFormat.YAML
                                        ? "add 'checklist:' with its items (canvas init writes them), or name a checklist file"
                                        : "add a '## " + c.title() + "' section (canvas init writes it), or 'checklist: FILE' in the front matter");
                    }
                    continue;
                }
                if (missingWhole) {
                    continue;
                }
                Location where = doc.checklists().getOrDefault(c.id(), Location.of(doc.file(), 1));
                for (ChecklistItem item : c.items()) {
                    Mark m = doc.marks(c.id()).get(item.id());
                    if (m == null) {
                        out.report(where, subject(def, c, item), "checklist item '" + item.text() + "' (" + item.group() + ") is missing",
                                "add " + box(doc, item, false) + " and tick it once it is true");
                    } else if (!m.checked()) {
                        out.report(m.location(), subject(def, c, item), "checklist item '" + item.text() + "' is not confirmed",
                                "make it true, then tick it: " + box(doc, item, true));
                    }
                }
            }
        }

        /** The item, with the square and phase it is about (read from its group's label: only for an item reported). */
        private static Subject subject(CanvasDefinition def, Checklist c, ChecklistItem item) {
            int sq = dev.canvas.readiness.ReadinessChecklistLoader.squareOf(item);
            int phase = def.square(sq).map(dev.canvas.model.Square::phase).orElse(0);
            return new Subject(phase, sq, "", c.id(), item.id());
        }

        private static String box(CanvasDocument doc, ChecklistItem item, boolean ticked) {
            return doc.format() == SourceFormat.YAML ? "'" + item.id() + ": " + ticked + "' under checklist:"
                    : "'- [" + (ticked ? "x" : " ") + "] " + item.text() + "'";
        }
    }

    /**
     * The readiness score (items confirmed / total) against the checklist's thresholds: below the "address gaps"
     * threshold (the method: 90%) the agent is not production-ready. Only for a canvas that has the checklist.
     */
    static final class ChecklistScore extends SpecRule {

        ChecklistScore(RuleSpec spec) {
            super(spec);
        }

        @Override
        public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
            if (def.readiness().isEmpty()) {
                return;
            }
            var spec = def.readiness().get();
            Checklist c = def.checklist(spec.checklistId()).orElse(null);
            if (c == null || doc.marks(c.id()).isEmpty() && !doc.checklists().containsKey(c.id())) {
                return; // no checklist at all: checklist-missing says so
            }
            int done = 0;
            for (ChecklistItem i : c.items()) {
                Mark m = doc.marks(c.id()).get(i.id());
                if (m != null && m.checked()) {
                    done++;
                }
            }
            Progress p = new Progress(done, c.items().size());
            if (p.percent() < spec.addressGapsThreshold()) {
                out.report(doc.checklists().getOrDefault(c.id(), Location.of(doc.file(), 1)), Subject.NONE,
                        c.title() + " is at " + p.percent() + "% (" + p + "): not production-ready (below "
                                + spec.addressGapsThreshold() + "%)",
                        "complete the remaining items; " + spec.deployThreshold() + "% is needed to deploy");
            }
        }
    }

    /** Reading answers for substance: which fields a rule looks at, their items, and the numbers in them. */
    static final class Text {

        private Text() {
        }

        /** An answered field the template defines, with its square. */
        record Answered(Square square, Field field, Answer answer) {
            String text() {
                return answer.text();
            }

            String lower() {
                return answer.text().toLowerCase(Locale.ROOT);
            }
        }

        /**
         * The fields among {@code ids} that the template defines and the canvas answers with text. A rule looks only
         * at these: an absent or empty field is already the completeness rules' finding, and a justified
         * "N/A: out of scope - ..." is an answer that substance rules leave alone.
         */
        static List<Answered> answered(CanvasDefinition def, CanvasDocument doc, List<String> ids) {
            List<Answered> out = new ArrayList<>();
            for (String id : ids) {
                Answer a = doc.answers().get(id);
                if (a == null || a.text().isBlank() || NotApplicable.isJustified(a.text())) {
                    continue;
                }
                for (Square s : def.squares()) {
                    for (Field f : s.fields()) {
                        if (f.id().equals(id)) {
                            out.add(new Answered(s, f, a));
                        }
                    }
                }
            }
            return out;
        }

        static Optional<Answered> first(CanvasDefinition def, CanvasDocument doc, String id) {
            return answered(def, doc, List.of(id)).stream().findFirst();
        }

        private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$");
        private static final Pattern LINE_BREAK = Pattern.compile("\\R");
        private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+|\\R+");

        /** The items of an answer: its list items, or else its sentences. */
        static List<String> items(String text) {
            List<String> bullets = new ArrayList<>();
            for (String line : LINE_BREAK.split(text)) {
                Matcher m = LIST_ITEM.matcher(line);
                if (m.matches() && !m.group(1).isBlank()) {
                    bullets.add(m.group(1).strip());
                }
            }
            if (!bullets.isEmpty()) {
                return bullets;
            }
            List<String> sentences = new ArrayList<>();
            for (String s : SENTENCE_END.split(text)) {
                if (!s.isBlank()) {
                    sentences.add(s.strip());
                }
            }
            return sentences;
        }

        /** Whether any of the patterns (case-insensitive regexes) occurs in the text. */
        static boolean mentions(String text, List<Pattern> patterns) {
            return patterns.stream().anyMatch(p -> p.matcher(text).find());
        }

        static List<Pattern> patterns(List<String> regexes) {
            return regexes.stream().map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
        }
    }

    /**
     * The figures of an ROI answer: the value and the cost (the first amount after the words "value" / "benefit" /
     * "savings" and "cost"), the ROI it states, and an actual ROI recorded after launch.
     *
     * @param value     value delivered, in the answer's currency
     * @param cost      total cost
     * @param stated    the ROI percentage the answer states (the first "ROI ... N%", not an actual one)
     * @param actual    an "actual ROI ... N%"
     * @param projected a "projected ROI ... N%" (or the stated one)
     */
    record Roi(Optional<BigDecimal> value, Optional<BigDecimal> cost, Optional<BigDecimal> stated,
                      Optional<BigDecimal> actual, Optional<BigDecimal> projected) {

        private static final Pattern VALUE = Pattern.compile("(?i)^\\W*(the |our )?(total |annual |yearly |expected |projected )?(value|benefits?|savings?|returns?|gains?)\\b");
        private static final Pattern COST = Pattern.compile("(?i)^\\W*(the |our )?(total |annual |yearly |expected |projected )?(cost|costs|investment|spend)\\b");
        private static final Pattern VALUE_ANYWHERE = Pattern.compile("(?i)\\b(value|benefits?|savings?)\\b");
        private static final Pattern COST_ANYWHERE = Pattern.compile("(?i)\\b(total cost|costs?|investment)\\b");
        /** An amount of money: a currency, or a k/M/million unit, must mark it. */
        private static final Pattern MONEY = Pattern.compile(
                "(?i)(?:[$€£¥]\\s?|\\b(?:usd|eur|gbp)\\s?)(\\d[\\d,]*(?:\\.\\d+)?)\\s?(k|m|bn|million|billion|thousand)?\\b"
                        + "|\\b(\\d[\\d,]*(?:\\.\\d+)?)\\s?(k|m|bn|million|billion|thousand)\\b\\s?(?:[$€£¥]|usd|eur|gbp)?"
                        + "|\\b(\\d[\\d,]*(?:\\.\\d+)?)\\s?(?:[$€£¥]|usd|eur|gbp)\\b");
        private static final Pattern PERCENT = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s?%");
        private static final Pattern ROI = Pattern.compile("(?i)\\b(actual |projected |expected |estimated )?roi\\b");

        /** The last answer read on this thread, and its figures. */
        private record Read(String text, Roi figures) {
        }

        /**
         * Three rules (roi-figures, roi-positive, roi-actual) read the same answer one after the other: it is read once.
         * Per thread, as files are checked on several.
         */
        private static final ThreadLocal<Read> LAST = new ThreadLocal<>();

        static Roi of(String text) {
            Read last = LAST.get();
            if (last != null && last.text().equals(text)) {
                return last.figures();
            }
            Roi figures = read(text);
            LAST.set(new Read(text, figures));
            return figures;
        }

        private static Roi read(String text) {
            java.util.List<String> items = Text.items(text);
            Optional<BigDecimal> value = amount(items, VALUE, VALUE_ANYWHERE);
            Optional<BigDecimal> cost = amount(items, COST, COST_ANYWHERE);
            Optional<BigDecimal> stated = Optional.empty();
            Optional<BigDecimal> actual = Optional.empty();
            Optional<BigDecimal> projected = Optional.empty();
            for (String item : items) {
                Matcher m = ROI.matcher(item);
                if (!m.find()) {
                    continue;
                }
                // the ROI is the last percentage of its clause: "ROI = (825k - 375k) / 375k x 100% = 120%"
                Matcher p = PERCENT.matcher(item.substring(m.end()));
                BigDecimal pct = null;
                while (p.find()) {
                    pct = new BigDecimal(p.group(1));
                }
                if (pct == null) {
                    continue;
                }
                BigDecimal found = pct;
                String kind = m.group(1) == null ? "" : m.group(1).strip().toLowerCase(Locale.ROOT);
                if (kind.equals("actual")) {
                    actual = actual.or(() -> Optional.of(found));
                } else {
                    projected = projected.or(() -> Optional.of(found));
                    stated = stated.or(() -> Optional.of(found));
                }
            }
            return new Roi(value, cost, stated, actual, projected);
        }

        /**
         * The amount an item gives for a figure: in the item that starts with the word ("Value: ... = EUR 825,000"),
         * its last amount of money (the total); else, in the first item that mentions the word, the last amount of
         * money after it.
         */
        private static Optional<BigDecimal> amount(java.util.List<String> items, Pattern leading, Pattern anywhere) {
            for (String item : items) {
                if (leading.matcher(item).find()) {
                    Optional<BigDecimal> last = Optional.empty();
                    Matcher m = MONEY.matcher(item);
                    while (m.find()) {
                        last = money(m);
                    }
                    if (last.isPresent()) {
                        return last;
                    }
                }
            }
            for (String item : items) {
                Matcher w = anywhere.matcher(item);
                if (w.find()) {
                    Optional<BigDecimal> last = Optional.empty();
                    Matcher m = MONEY.matcher(item).region(w.end(), item.length());
                    while (m.find()) {
                        last = money(m);
                    }
                    if (last.isPresent()) {
                        return last;
                    }
                }
            }
            return Optional.empty();
        }

        private static Optional<BigDecimal> money(Matcher m) {
            String num = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(5);
            String unit = m.group(1) != null ? m.group(2) : m.group(3) != null ? m.group(4) : null;
            try {
                BigDecimal v = new BigDecimal(num.replace(",", ""));
                String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
                return Optional.of(switch (u) {
                    case "k", "thousand" -> v.multiply(BigDecimal.valueOf(1_000));
                    case "m", "million" -> v.multiply(BigDecimal.valueOf(1_000_000));
                    case "bn", "billion" -> v.multiply(BigDecimal.valueOf(1_000_000_000));
                    default -> v;
                });
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        /** (value - cost) / cost x 100, to one decimal; empty without both or with a zero cost. */
        Optional<BigDecimal> computed() {
            if (value.isEmpty() || cost.isEmpty() || cost.get().signum() == 0) {
                return Optional.empty();
            }
            return Optional.of(value.get().subtract(cost.get()).multiply(BigDecimal.valueOf(100))
                    .divide(cost.get(), 1, RoundingMode.HALF_UP));
        }
    }
}

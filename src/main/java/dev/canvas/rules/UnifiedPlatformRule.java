package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Subject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Square 5 names one platform for application data, vectors and memory. Naming three or more separate stores is
 * the method's "three-database chaos"; naming none leaves the choice open. Stores mentioned as what is being
 * replaced ("instead of", "rather than", "replacing", "no longer") do not count.
 */
public final class UnifiedPlatformRule extends SpecRule {

    static final List<String> STORES = List.of("postgres(?:ql)?|pgvector", "mysql|mariadb", "mongodb|atlas", "pinecone",
            "weaviate", "qdrant", "milvus|zilliz", "chroma(?:db)?", "redis", "elasticsearch|elastic", "opensearch",
            "dynamodb", "cassandra|astra ?db", "neo4j", "snowflake", "bigquery", "cosmos ?db", "firestore|firebase",
            "supabase", "sql server|azure sql", "oracle", "sqlite", "faiss", "lancedb", "vespa", "couchbase", "s3");
    static final Pattern NEGATED = Pattern.compile(
            "(?i)(instead of|rather than|replac\\w*|no longer|migrat\\w* (away )?from|avoid\\w*|not |without)");
    private static final PatternSet NEGATION = PatternSet.of(NEGATED);

    /** What a platform is called when none is named, searched for in the lower-cased answer. */
    private static final Pattern ONE_PLATFORM = Pattern.compile("(?s).*\\b(unified|single|one)\\b.*");

    private final List<Pattern> stores;
    /** The stores' patterns with their needles (the store names), to look for all of them in one pass. */
    private final PatternSet storeSet;

    public UnifiedPlatformRule(RuleSpec spec) {
        super(spec);
        this.stores = AnswerText.patterns(spec.strings("stores", STORES).stream().map(s -> "\\b(" + s + ")\\b").toList());
        this.storeSet = new PatternSet(stores);
    }

    /** {@code lower.matches("(?s).*\\b(unified|single|one)\\b.*")}: never without one of the words. */
    private static boolean onePlatform(String lower) {
        return (lower.contains("one") || lower.contains("single") || lower.contains("unified"))
                && ONE_PLATFORM.matcher(lower).matches();
    }

    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        int max = (int) spec.number("max_stores", 2);
        for (AnswerText.Answered a : AnswerText.answered(def, doc, spec.strings("fields", List.of("unified_platform_choice")))) {
            Set<String> named = new LinkedHashSet<>();
            // a store can be named in a sentence only if its name is in the answer: most answers name one or two,
            // and one pass over the answer tells which; with none, there is nothing to count
            if (storeSet.scan(a.text()).anyPossible()) {
                for (String sentence : AnswerText.items(a.text())) {
                    int neg = NEGATION.scan(sentence).firstStart(0);
                    String counted = neg >= 0 ? sentence.substring(0, neg) : sentence;
                    PatternSet.Hits h = storeSet.scan(counted);
                    for (int k = 0; k < stores.size(); k++) {
                        Pattern p = stores.get(k);
                        if (!named.contains(p.pattern()) && h.find(k)) { // a store already named counts once
                            named.add(p.pattern());
                        }
                    }
                }
            }
            Subject subject = Subject.field(a.square(), a.field());
            if (named.size() > max) {
                out.report(a.answer().location(), subject, "the data platform is " + named.size()
                                + " separate stores, not one (three-database chaos)",
                        "choose one platform for application data, vectors and memory");
            } else if (named.isEmpty() && !onePlatform(a.lower())) {
                out.report(a.answer().location(), subject, "no data platform is named",
                        "name the one platform that holds application data, vectors and memory");
            }
        }
    }
}

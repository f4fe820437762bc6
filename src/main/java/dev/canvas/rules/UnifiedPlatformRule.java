package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Subject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
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
    private static final Pattern NEGATED = Pattern.compile(
            "(?i)(instead of|rather than|replac\\w*|no longer|migrat\\w* (away )?from|avoid\\w*|not |without)");

    private final List<Pattern> stores;

    public UnifiedPlatformRule(RuleSpec spec) {
        super(spec);
        this.stores = AnswerText.patterns(spec.strings("stores", STORES).stream().map(s -> "\\b(" + s + ")\\b").toList());
    }

    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        int max = (int) spec.number("max_stores", 2);
        for (AnswerText.Answered a : AnswerText.answered(def, doc, spec.strings("fields", List.of("unified_platform_choice")))) {
            Set<String> named = new LinkedHashSet<>();
            for (String sentence : AnswerText.items(a.text())) {
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

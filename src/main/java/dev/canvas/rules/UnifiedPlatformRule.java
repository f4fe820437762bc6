package dev.canvas.rules;

import dev.canvas.figures.Items;
import dev.canvas.model.Severity;
import dev.canvas.model.Subject;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Square 5 names one platform for application data, vectors and memory. Naming three or more separate databases
 * is the method's "three-database chaos". Not counted: stores named as what is not used ("no Pinecone, no Redis",
 * "instead of", "rather than", "replacing", "without"), a compatibility a product names ("AlloyDB for PostgreSQL",
 * "Cosmos DB for MongoDB": one product), caches and object storage. Naming none is a warning: the platform may be
 * one the list does not know.
 */
public final class UnifiedPlatformRule extends SubstanceRule {

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "unified-data-platform";
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.GAP,
            "Square 5 names one platform for application data, vectors and memory (not three separate stores)")
            .explained("The method warns against three-database chaos. Stores named as what is replaced (\"instead of\", "
                    + "\"rather than\") do not count.")
            .passing("MongoDB Atlas for application data, vector search and agent memory.")
            .failing("PostgreSQL for app data, Pinecone for vectors and Redis for memory.")
            .defaults("fields", List.of("unified_platform_choice"), "max_stores", 2);

    /** Database families: one alternative per product, its other names with it. */
    static final List<String> STORES = List.of("postgres(?:ql)?|pgvector|aurora postgres\\w*|cloud sql|neon|timescale\\w*",
            "mysql|mariadb|aurora mysql", "mongo ?db|atlas|documentdb", "pinecone", "weaviate", "qdrant", "milvus|zilliz",
            "chroma(?:db)?", "redis|valkey|azure cache|elasticache|memorystore", "elasticsearch|elastic", "opensearch", "dynamodb", "cassandra|astra ?db|scylla\\w*",
            "neo4j", "snowflake", "bigquery", "cosmos ?db", "firestore|firebase", "supabase", "sql server|azure sql",
            "oracle(?: database| db| 23ai)?", "sqlite", "faiss", "lancedb", "vespa", "couchbase", "alloy ?db", "spanner",
            "cockroach ?db", "singlestore", "surreal ?db", "tidb", "yugabyte ?db", "clickhouse", "databricks|lakebase",
            "azure ai search|cognitive search", "vertex ai vector search|matching engine", "turbopuffer", "typesense", "solr",
            "hana", "db2", "teradata");
    /** A store named as what is not used, or what is being replaced: it counts as none. */
    static final Pattern NEGATED = Pattern.compile(
            "(?i)\\b(instead of|rather than|replac\\w*|no longer|migrat\\w* (away )?from|avoid\\w*|not|no|without|nor|never|"
                    + "rejected|ruled out|dropped|retir\\w*|decommission\\w*|sunset\\w*|consolidat\\w*)\\b");
    /** A compatibility or an engine inside a product's name ("AlloyDB for PostgreSQL", "PostgreSQL-compatible"). */
    static final Pattern COMPATIBILITY = Pattern.compile(
            "(?i)\\b(for|with|on|compatible with|api for|interface)\\s+(postgres(?:ql)?|mongo ?db|mysql|cassandra|redis)\\b(?!\\s+(for|as)\\b)"
                    + "|\\b(postgres(?:ql)?|mongo ?db|mysql|cassandra|redis)[- ](compatible|compatibility|api|wire)\\b");
    /** A cache or object storage beside the database is not a second database. */
    static final Pattern NOT_A_DATABASE = Pattern.compile(
            "(?i)\\b(cache|caching|cached|object storage|blob|bucket|s3|gcs|file storage|archive|backups?|queue|session store)\\b");

    /** What the method's one platform holds: a cache named as holding it is a store of its own. */
    static final Pattern HOLDS = Pattern.compile("(?i)\\b(memory|memories|vectors?|embeddings?|application data|app data|state|"
            + "conversations?|history|knowledge)\\b");

    /** Where a clause ends within an item: a comma, a semicolon, a dash between spaces. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;]|\\s[-–—]\\s");

    private final PatternList stores;

    public UnifiedPlatformRule(RuleSpec spec) {
        super(spec);
        this.stores = PatternList.of(spec, "stores", STORES, true);
    }

    /** Whether the answer says the platform is one, by name or not. */
    private static boolean onePlatform(String lower) {
        return Pattern.compile("\\b(unified|single|one)\\b").matcher(lower).find();
    }

    @Override
    void judge(AnsweredFields in, FindingSink out) {
        int max = (int) spec.number("max_stores", 2);
        for (Answered a : in.answered(spec.strings("fields", List.of("unified_platform_choice")))) {
            BitSet named = new BitSet();
            for (String item : Items.texts(a.text())) {
                // a cache or an object store is named in its own clause: "Redis only as a cache"
                for (String clause : CLAUSE_BREAK.split(item)) {
                    if (NOT_A_DATABASE.matcher(clause).find() && !HOLDS.matcher(clause).find()) {
                        item = item.replace(clause, " ");
                    }
                }
                count(item, named);
            }
            Subject subject = Subject.field(a.square(), a.field());
            if (named.cardinality() > max) {
                out.report(a.answer().location(), subject, "the data platform is " + named.cardinality()
                                + " separate databases, not one (three-database chaos)",
                        "choose one platform for application data, vectors and memory");
            } else if (named.isEmpty() && !onePlatform(a.lower())) {
                out.warn(a.answer().location(), subject, "no data platform is named that canvas knows",
                        "name the one platform that holds application data, vectors and memory: 'One platform: <product> for "
                                + "application data, vectors and agent memory'");
            }
        }
    }

    /** Adds the stores an item names as used: before any negation in it, compatibilities left out. */
    private void count(String item, BitSet named) {
        String c = COMPATIBILITY.matcher(item).replaceAll(" ");
        Matcher neg = NEGATED.matcher(c);
        if (neg.find()) {
            c = c.substring(0, neg.start());
        }
        named.or(stores.which(c));
    }
}

package dev.canvas.rules;

import dev.canvas.figures.Items;
import dev.canvas.model.Severity;
import dev.canvas.model.Subject;
import java.util.List;

/**
 * Success metrics must be outcomes. When every metric listed counts activity (agents deployed, API calls made,
 * users who tried once...) and none measures an outcome (time saved, errors reduced, revenue, satisfaction,
 * active users...), the metrics are vanity metrics.
 */
public final class VanityMetricsRule extends SubstanceRule {

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "vanity-metrics";
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.GAP,
            "success metrics are outcomes, not only counts of activity (agents deployed, API calls, users "
                + "who tried once)")
            .explained("The method: track business outcomes, not activity. When every success metric counts activity "
                    + "and none measures an outcome (active users, time saved, error reduction, revenue or cost "
                    + "impact, satisfaction), the metrics are vanity metrics. Parameters: fields, vanity_patterns, "
                    + "outcome_patterns.")
            .passing("- Weekly active clerks\n- Minutes saved per exception")
            .failing("- Number of agents deployed\n- API calls made per day")
            .defaults("fields", List.of("success_metrics"));

    static final List<String> VANITY = List.of(
            "agents?\\s+(deployed|launched|built|created)", "(number|count|#) of (agents|bots|models|prompts|features)",
            "api calls?", "calls? made", "requests? (made|sent|served)", "tried (it )?once", "sign[- ]?ups?", "log[- ]?ins?",
            "(number|count|#) of (users|queries|messages|conversations|sessions|chats|interactions|tokens)",
            "(queries|messages|conversations|sessions|interactions|downloads|page ?views|clicks|installs) (per|a|each) (day|week|month)",
            "tokens? (used|processed|consumed)", "downloads", "page ?views", "installs", "opened", "visited", "visits",
            "clicked", "tried", "messages? sent", "conversations? started", "sessions? started", "prompts? (sent|submitted)",
            "(people|users|employees|staff|agents) (who )?(have )?(used|accessed|registered|onboarded)",
            "registered users", "accounts? created", "queries (run|made|sent)", "models? (trained|deployed)");
    static final List<String> OUTCOME = List.of(
            "time saved", "saved", "saves?", "saving", "reduc", "decreas", "increas", "improv", "faster", "fewer", "error",
            "accuracy", "precision", "recall", "revenue", "cost", "\\bcsat\\b", "\\bnps\\b", "\\bces\\b",
            "satisfaction", "retention", "churn", "(weekly|monthly|daily) active", "active users", "\\b[wmd]au\\b",
            "resolution", "resolved", "conversion", "defect", "escalation", "usage frequency", "frequency per user",
            "per user per", "\\broi\\b", "profit", "margin", "lead time", "cycle time", "handling time", "handle time",
            "\\baht\\b", "turnaround", "time to", "time per", "quality", "first[- ]contact", "deflection", "throughput per",
            "productivity", "backlog", "sla (met|attainment|compliance)", "compliance rate", "write-?offs?", "losses",
            "fraud", "false positives?", "false negatives?", "rework", "overtime", "cash", "working capital", "dso",
            "days sales", "on-?time", "delivered", "uptime");

    private final List<String> fields;
    private final PatternList vanity;
    private final PatternList outcome;

    public VanityMetricsRule(RuleSpec spec) {
        super(spec);
        this.fields = spec.strings("fields", List.of("success_metrics"));
        this.vanity = PatternList.of(spec, "vanity_patterns", VANITY, false);
        this.outcome = PatternList.of(spec, "outcome_patterns", OUTCOME, false);
    }

    @Override
    void judge(AnsweredFields in, FindingSink out) {
        for (Answered a : in.answered(fields)) {
            List<String> items = Items.texts(a.text());
            if (items.stream().anyMatch(i -> outcome.find(i))) {
                continue; // an outcome is measured: activity counts beside it are fine
            }
            List<String> vanityItems = items.stream().filter(i -> vanity.find(i)).toList();
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

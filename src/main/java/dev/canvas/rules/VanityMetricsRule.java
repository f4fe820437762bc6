package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Subject;
import java.util.List;

/**
 * Success metrics must be outcomes. When every metric listed counts activity (agents deployed, API calls made,
 * users who tried once...) and none measures an outcome (time saved, errors reduced, revenue, satisfaction,
 * active users...), the metrics are vanity metrics.
 */
public final class VanityMetricsRule extends SpecRule {

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
    /** The patterns with their needles: one pass over an item tells which of them can be in it. */
    private final PatternSet vanity;
    private final PatternSet outcome;

    public VanityMetricsRule(RuleSpec spec) {
        super(spec);
        this.fields = spec.strings("fields", List.of("success_metrics"));
        this.vanity = new PatternSet(AnswerText.patterns(spec.strings("vanity_patterns", VANITY)));
        this.outcome = new PatternSet(AnswerText.patterns(spec.strings("outcome_patterns", OUTCOME)));
    }

    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        for (AnswerText.Answered a : AnswerText.answered(def, doc, fields)) {
            // an item is part of the answer: a pattern that cannot match the answer matches none of its items
            boolean anyOutcome = outcome.scan(a.text()).anyPossible();
            boolean anyVanity = vanity.scan(a.text()).anyPossible();
            if (!anyOutcome && !anyVanity) {
                continue; // neither an outcome nor an activity count: nothing to report
            }
            List<String> items = AnswerText.items(a.text());
            if (anyOutcome && items.stream().anyMatch(i -> outcome.scan(i).findAny())) {
                continue; // an outcome is measured: activity counts beside it are fine
            }
            List<String> vanityItems = anyVanity ? items.stream().filter(i -> vanity.scan(i).findAny()).toList() : List.of();
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

package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Subject;
import java.util.List;
import java.util.regex.Pattern;

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
    private final List<Pattern> vanity;
    private final List<Pattern> outcome;

    public VanityMetricsRule(RuleSpec spec) {
        super(spec);
        this.fields = spec.strings("fields", List.of("success_metrics"));
        this.vanity = AnswerText.patterns(spec.strings("vanity_patterns", VANITY));
        this.outcome = AnswerText.patterns(spec.strings("outcome_patterns", OUTCOME));
    }

    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        for (AnswerText.Answered a : AnswerText.answered(def, doc, fields)) {
            List<String> items = AnswerText.items(a.text());
            if (items.stream().anyMatch(i -> AnswerText.mentions(i, outcome))) {
                continue; // an outcome is measured: activity counts beside it are fine
            }
            List<String> vanityItems = items.stream().filter(i -> AnswerText.mentions(i, vanity)).toList();
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

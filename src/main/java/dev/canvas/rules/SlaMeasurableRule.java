package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SLAs are measurable: a response time with a unit, availability as a percentage, throughput as a rate (in the
 * performance requirements), and a recovery time objective with a unit (in the reliability requirements).
 */
public final class SlaMeasurableRule extends SpecRule {

    static final Pattern RESPONSE = Pattern.compile(
            "(?i)\\d+(?:\\.\\d+)?\\s?(ms|milliseconds?|s|secs?|seconds?|minutes?|mins?)\\b");
    static final Pattern AVAILABILITY = Pattern.compile("\\d{2}(?:\\.\\d+)?\\s?%");
    static final Pattern THROUGHPUT = Pattern.compile(
            "(?i)\\d[\\d,.]*\\s?(k\\s)?(\\w+\\s){0,3}?(per|/|a|an|each)\\s?(second|sec|s|minute|min|hour|hr|h|day)\\b|\\b\\d[\\d,.]*\\s?(rps|qps|tps|rpm)\\b");
    static final Pattern RTO = Pattern.compile(
            "(?i)(\\brto\\b|recovery time)[^.\\n]{0,60}?\\d+(?:\\.\\d+)?\\s?(ms|s|sec|seconds?|minutes?|mins?|hours?|hrs?|h|days?)\\b");

    /** The SLA patterns with what their matches start with (a digit; "rto", "recovery time"): tried only there. */
    private static final PatternSet PERFORMANCE = PatternSet.of(RESPONSE, AVAILABILITY, THROUGHPUT);
    private static final PatternSet RECOVERY = PatternSet.of(RTO);

    public SlaMeasurableRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        for (AnswerText.Answered a : AnswerText.answered(def, doc, spec.strings("performance_fields", List.of("performance_requirements")))) {
            List<String> missing = new ArrayList<>();
            PatternSet.Hits h = PERFORMANCE.scan(a.text());
            if (!h.find(0)) {
                missing.add("a response time with its unit (e.g. p95 < 2 s)");
            }
            if (!h.find(1)) {
                missing.add("availability as a percentage (e.g. 99.9%)");
            }
            if (!h.find(2)) {
                missing.add("throughput as a rate (e.g. 50 requests per second)");
            }
            if (!missing.isEmpty()) {
                out.report(a.answer().location(), Subject.field(a.square(), a.field()),
                        "the SLA is not measurable: it lacks " + String.join(", ", missing), "state each SLA as a number with its unit");
            }
        }
        for (AnswerText.Answered a : AnswerText.answered(def, doc, spec.strings("recovery_fields", List.of("reliability_requirements")))) {
            if (!RECOVERY.scan(a.text()).find(0)) {
                out.report(a.answer().location(), Subject.field(a.square(), a.field()),
                        "no recovery time objective is stated", "state the RTO with its unit (e.g. 'RTO: 30 minutes')");
            }
        }
    }
}

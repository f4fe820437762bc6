package dev.canvas.rules;

import dev.canvas.figures.Figure;
import dev.canvas.figures.FigureReader;
import dev.canvas.figures.Items;
import dev.canvas.model.Severity;
import dev.canvas.model.Subject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SLAs are measurable: a response time with a unit, availability as a percentage, throughput as a rate (in the
 * performance requirements), and a recovery time objective with a unit (in the reliability requirements). The
 * figures are read by {@link FigureReader}: {@code 800 ms}, {@code 2,5 s}, {@code 99,9 %}, {@code 10 req/s},
 * {@code 300 reviews/h}, {@code 40 RPS}, a no-break space between number and unit.
 */
public final class SlaMeasurableRule extends SubstanceRule {

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "sla-measurable";
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.GAP,
            "SLAs are measurable (response time with a unit, availability in %, throughput as a rate) and an "
                + "RTO is stated")
            .explained("Performance requirements need a response time with its unit, availability as a percentage and "
                    + "throughput as a rate; reliability requirements need a recovery time objective with its unit.")
            .passing("p95 < 6 s; 99.9% availability; 60 exceptions per minute. RTO: 30 minutes.")
            .failing("Fast and always available.")
            .defaults("performance_fields", List.of("performance_requirements"), "recovery_fields", List.of("reliability_requirements"));

    private static final Pattern RECOVERY_POINT = Pattern.compile("\\b(rpo|recovery point)\\b");
    private static final Pattern RECOVERY_WORDS = Pattern.compile("\\b(restor\\w*|recover\\w*|back online|up and running"
            + "|downtime|outage|fail-?over|switch-?over|resum\\w*)\\b");
    /** "no RTO", "without a formal RTO": the words before the objective that say it is missing. */
    private static final Pattern NEGATION_BEFORE = Pattern.compile(
            ".*\\b(no|not|without|missing|lacks?|undefined|unknown)\\b( an?| the| formal| agreed| defined)?\\s*$");
    /** "RTO not defined", "RTO: TBD": the words after it that say so. */
    private static final Pattern UNSTATED_AFTER = Pattern.compile("^[a-z ]*(:|is|was|has)?\\s*(not |never |yet to be |to be "
            + "|still )?(stated|defined|set|agreed|known|tbd|missing|undefined|unknown|pending|open)\\b.*");
    private static final Pattern STATED_AFTER = Pattern.compile("^[a-z ]*(:|is|was|has)?\\s*(stated|defined|set|agreed|known)\\b.*");

    public SlaMeasurableRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    void judge(AnsweredFields in, FindingSink out) {
        for (Answered a : in.answered(spec.strings("performance_fields", List.of("performance_requirements")))) {
            List<Figure> figures = in.figures(a.answer());
            boolean time = figures.stream().anyMatch(f -> f.kind() == Figure.Kind.DURATION);
            boolean availability = figures.stream().anyMatch(f -> f.kind() == Figure.Kind.PERCENT
                    && f.value().compareTo(BigDecimal.valueOf(90)) >= 0 && f.value().compareTo(BigDecimal.valueOf(100)) <= 0)
                    || nines(a.lower());
            boolean throughput = figures.stream().anyMatch(f -> f.kind() == Figure.Kind.RATE) || concurrency(a.text(), figures);
            List<String> missing = new ArrayList<>();
            if (!time) {
                missing.add("a response time with its unit (e.g. p95 < 2 s)");
            }
            if (!availability) {
                missing.add("availability as a percentage (e.g. 99.9%)");
            }
            if (!throughput) {
                missing.add("throughput as a rate (e.g. 50 requests per second)");
            }
            if (!missing.isEmpty()) {
                out.report(a.answer().location(), Subject.field(a.square(), a.field()),
                        "the SLA is not measurable: it lacks " + String.join(", ", missing),
                        "state each SLA as a number with its unit: 'p95 < 2 s', '99.9% availability', '50 requests/s'");
            }
        }
        for (Answered a : in.answered(spec.strings("recovery_fields", List.of("reliability_requirements")))) {
            Rto rto = rto(a.text());
            if (rto == Rto.STATED) {
                continue;
            }
            if (rto == Rto.NONE && recoveryDuration(a.text())) {
                out.warn(a.answer().location(), Subject.field(a.square(), a.field()),
                        "could not tell which duration is the recovery time objective",
                        "state it as 'RTO: 30 minutes' (the word RTO or 'recovery time' beside the duration)");
            } else {
                out.report(a.answer().location(), Subject.field(a.square(), a.field()),
                        "no recovery time objective is stated", "state the RTO with its unit (e.g. 'RTO: 30 minutes')");
            }
        }
    }

    /**
     * Whether some duration stands beside words of recovery ("back online within 1 h", "failover completes in 60 s"):
     * perhaps an RTO written without the word. A duration labelled otherwise (RPO, a timeout) is none.
     */
    private static boolean recoveryDuration(String text) {
        for (Items.Item item : Items.of(text)) {
            String lower = item.text().toLowerCase(Locale.ROOT);
            if (RECOVERY_POINT.matcher(lower).find()) {
                continue; // the recovery point objective's duration is no RTO ("RPO 15 min; restore tested")
            }
            if (RECOVERY_WORDS.matcher(lower).find()
                    && FigureReader.read(item.text()).stream().anyMatch(f -> f.kind() == Figure.Kind.DURATION)) {
                return true;
            }
        }
        return false;
    }

    /** "three nines", "four nines": availability as people say it. */
    private static boolean nines(String lower) {
        return lower.contains("three nines") || lower.contains("four nines") || lower.contains("five nines");
    }

    /** "200 concurrent sessions": a load figure that states the throughput to hold. */
    private static boolean concurrency(String text, List<Figure> figures) {
        String lower = FigureReader.normalise(text).toLowerCase(Locale.ROOT);
        for (Figure f : figures) {
            if (f.kind() == Figure.Kind.NUMBER) {
                String after = lower.substring(f.end(), Math.min(lower.length(), f.end() + 24));
                if (after.contains("concurrent") || after.contains("simultaneous") || after.contains("parallel")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An RTO: a duration in an item that names the recovery time objective ("RTO", "recovery time", "restore
     * within", "recover within"); for a table row, in the row that names it.
     */
    /** What an answer says of its RTO: stated with a duration, said to be missing ("No RTO is stated"), or neither. */
    enum Rto { STATED, DENIED, NONE }

    static Rto rto(String text) {
        Rto found = Rto.NONE;
        for (Items.Item item : Items.of(text)) {
            String lower = FigureReader.normalise(item.text()).toLowerCase(Locale.ROOT);
            int at = firstRto(lower);
            if (at < 0) {
                continue;
            }
            if (negated(lower, at)) {
                found = Rto.DENIED; // "No RTO is stated": a duration beside it is no RTO
                continue;
            }
            for (Figure f : FigureReader.read(item.text())) {
                if (f.kind() == Figure.Kind.DURATION) {
                    return Rto.STATED;
                }
            }
        }
        return found;
    }

    /** "no RTO", "without an RTO", "RTO not defined", "RTO: TBD": the objective is named as missing. */
    static boolean negated(String lower, int at) {
        String before = lower.substring(Math.max(0, at - 16), at);
        String after = lower.substring(at, Math.min(lower.length(), at + 40));
        return NEGATION_BEFORE.matcher(before).matches()
                || UNSTATED_AFTER.matcher(after).matches() && !STATED_AFTER.matcher(after).matches();
    }

    private static int firstRto(String lower) {
        for (String w : new String[] {"rto", "recovery time", "time to recover", "time to restore", "restore within",
                "recover within", "recovered within", "restored within", "recovery within", "recovery objective"}) {
            int i = lower.indexOf(w);
            while (i >= 0) {
                boolean start = i == 0 || !Character.isLetter(lower.charAt(i - 1));
                boolean end = i + w.length() >= lower.length() || !Character.isLetter(lower.charAt(i + w.length()));
                if (start && end) {
                    return i;
                }
                i = lower.indexOf(w, i + 1);
            }
        }
        return -1;
    }
}

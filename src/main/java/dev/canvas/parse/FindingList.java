package dev.canvas.parse;

import dev.canvas.model.FileResult;
import dev.canvas.model.Finding;
import dev.canvas.model.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one parse, at most {@link #MAX_PER_RULE} of each rule: a file with a million duplicate
 * questions gets a hundred findings and one that counts the rest, not a report a million lines long.
 */
final class FindingList {

    /** Findings of one rule kept from one parse; the rest are counted. */
    static final int MAX_PER_RULE = FileResult.CAP; // the same cap as every report's

    private final List<Finding> kept = new ArrayList<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Finding> firstLeftOut = new LinkedHashMap<>();

    void add(Finding f) {
        int n = counts.merge(f.rule(), 1, Integer::sum);
        if (n <= MAX_PER_RULE) {
            kept.add(f);
        } else {
            firstLeftOut.putIfAbsent(f.rule(), f);
        }
    }

    void addAll(List<Finding> fs) {
        fs.forEach(this::add);
    }

    boolean isEmpty() {
        return kept.isEmpty();
    }

    /** What was kept, then for each rule with more, one finding (at the first left out) that says how many. */
    List<Finding> toList() {
        List<Finding> out = new ArrayList<>(kept);
        firstLeftOut.forEach((rule, f) -> out.add(new Finding(rule, f.severity(), f.location(), Subject.NONE,
                (counts.get(rule) - MAX_PER_RULE) + " more findings like the " + MAX_PER_RULE
                        + " above were left out, from this line on", "fix those above, then check again")));
        return out;
    }
}

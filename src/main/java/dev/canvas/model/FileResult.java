package dev.canvas.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The check of one canvas file.
 *
 * @param file      path as the user gave it (or as found under a directory they gave)
 * @param format    how the canvas is written
 * @param decision  the verdict and its reason
 * @param findings  every finding listed, in file order (see {@link #capped})
 * @param readiness progress per phase
 * @param omitted   per rule, the findings not listed: one finding "N more" stands for each group
 * @param template  the template the canvas was checked against (empty only where a test makes a result by hand)
 */
public record FileResult(String file, SourceFormat format, Decision decision, List<Finding> findings, Readiness readiness,
                         List<Omitted> omitted, Optional<TemplateRef> template) {

    /**
     * At most this many findings of one rule are listed per file (waived ones apart); the rest become one finding.
     * The parser's own limit too: a group it cut (100 and its "more findings like the 100 above") is left as it is.
     */
    public static final int CAP = 100;

    /**
     * Findings of one rule in one file that are not listed.
     *
     * @param rule     the rule
     * @param severity their severity
     * @param waived   whether they are waived
     * @param count    how many: the listed finding "{@code count} more" stands for them all
     */
    public record Omitted(String rule, Severity severity, boolean waived, long count) {
    }

    public FileResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(readiness, "readiness");
        findings = List.copyOf(findings);
        omitted = List.copyOf(omitted);
        Objects.requireNonNull(template, "template");
    }

    /** Without a template. */
    public FileResult(String file, SourceFormat format, Decision decision, List<Finding> findings, Readiness readiness,
                      List<Omitted> omitted) {
        this(file, format, decision, findings, readiness, omitted, Optional.empty());
    }

    /** Every finding listed, without a template. */
    public FileResult(String file, SourceFormat format, Decision decision, List<Finding> findings, Readiness readiness) {
        this(file, format, decision, findings, readiness, List.of());
    }

    /** The same result, checked against this template. */
    public FileResult withTemplate(TemplateRef t) {
        return new FileResult(file, format, decision, findings, readiness, omitted, Optional.of(t));
    }

    /**
     * A result that lists at most {@code cap} findings of each rule (counting waived ones apart), in file order,
     * then one finding of the same rule and severity, at the first one left out, that says how many more there are:
     * a canvas with 200,000 broken links made a 400 MB SARIF. The counts stay true ({@link #count}); the decision
     * and readiness are computed on every finding before this.
     */
    public static FileResult capped(String file, SourceFormat format, Decision decision, List<Finding> findings,
                                    Readiness readiness, int cap) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Finding f : findings) {
            seen.merge(key(f), 1, Integer::sum);
        }
        // one more than the cap is left whole: a summary would stand for one finding (or replace the parser's own)
        if (seen.values().stream().allMatch(n -> n <= cap + 1)) {
            return new FileResult(file, format, decision, findings, readiness);
        }
        Map<String, Integer> listed = new LinkedHashMap<>();
        List<Finding> out = new ArrayList<>();
        List<Omitted> omitted = new ArrayList<>();
        for (Finding f : findings) {
            String k = key(f);
            int n = listed.merge(k, 1, Integer::sum);
            if (n <= cap || seen.get(k) <= cap + 1) {
                out.add(f);
            } else if (n == cap + 1) {
                long more = seen.get(k) - cap;
                Finding summary = new Finding(f.rule(), f.severity(), f.location(), Subject.NONE,
                        "and " + more + " more finding" + (more == 1 ? "" : "s") + " of rule " + f.rule()
                                + " in this file, not listed (the first here)",
                        "fix the ones listed, then check again to see the rest", f.waiver());
                out.add(summary);
                omitted.add(new Omitted(f.rule(), f.severity(), !f.counts(), more));
            }
        }
        return new FileResult(file, format, decision, out, readiness, omitted);
    }

    private static String key(Finding f) {
        return f.rule() + (f.counts() ? "" : "\u0000waived");
    }

    /** Findings of a severity that count, listed or not (waived ones are counted apart, by {@link #waived()}). */
    public long count(Severity s) {
        long listed = findings.stream().filter(f -> f.severity() == s && f.counts()).count();
        // each group's "N more" finding is listed and counted above: add the rest of the N
        return listed + omitted.stream().filter(o -> o.severity() == s && !o.waived()).mapToLong(o -> o.count() - 1).sum();
    }

    public long waived() {
        return findings.stream().filter(f -> !f.counts()).count()
                + omitted.stream().filter(Omitted::waived).mapToLong(o -> o.count() - 1).sum();
    }
}

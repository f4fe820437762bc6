package dev.canvas.model;

import java.util.List;

/**
 * A whole run of {@code canvas check}: each file's result and the overall verdict (the worst file's).
 *
 * @param template the template's name and source, as reports show it
 * @param files    in the order the user gave them (directories sorted by path)
 * @param rules    every rule that can report in this run, with its severity
 * @param skipped  paths a search passed over that may be canvases, and paths it could not read
 */
public record CheckReport(String template, List<FileResult> files, List<RuleInfo> rules, List<Skip> skipped) {
    public CheckReport {
        files = List.copyOf(files);
        rules = List.copyOf(rules);
        skipped = List.copyOf(skipped);
    }

    public CheckReport(String template, List<FileResult> files, List<RuleInfo> rules) {
        this(template, files, rules, List.of());
    }

    /** The worst verdict of all files; go when there are none. */
    public Verdict verdict() {
        return files.stream().map(f -> f.decision().verdict()).reduce(Verdict.GO, Verdict::worst);
    }
}

package dev.canvas.model;

import java.util.List;

/**
 * A whole run of {@code canvas check}: each file's result and the overall verdict (the worst file's).
 *
 * @param template the template's name and source, as reports show it
 * @param files    in the order the user gave them (directories sorted by path)
 * @param rules    every rule that can report in this run, with its severity
 * @param errors   what made the run fail whatever the canvases say (a path not found, a glob without match, a
 *                 directory without a canvas), one line each; reports carry them, so that no report of a failed run
 *                 reads as a pass
 * @param skipped  paths a search passed over that may be canvases, and paths it could not read
 */
public record CheckReport(String template, List<FileResult> files, List<RuleInfo> rules, List<String> errors,
                          List<Skip> skipped) {
    public CheckReport {
        files = List.copyOf(files);
        rules = List.copyOf(rules);
        errors = List.copyOf(errors);
        skipped = List.copyOf(skipped);
    }

    /** A run without errors, with what its search skipped. */
    public static CheckReport of(String template, List<FileResult> files, List<RuleInfo> rules, List<Skip> skipped) {
        return new CheckReport(template, files, rules, List.of(), skipped);
    }

    /** A run with these errors and nothing skipped. */
    public CheckReport(String template, List<FileResult> files, List<RuleInfo> rules, List<String> errors) {
        this(template, files, rules, errors, List.of());
    }

    /** A run without errors. */
    public CheckReport(String template, List<FileResult> files, List<RuleInfo> rules) {
        this(template, files, rules, List.of());
    }

    /** The same run, with these errors. */
    public CheckReport withErrors(List<String> errs) {
        return new CheckReport(template, files, rules, errs, skipped);
    }

    /** The worst verdict of all files; go when there are none (see {@link #status()} for what a report shows). */
    public Verdict verdict() {
        return files.stream().map(f -> f.decision().verdict()).reduce(Verdict.GO, Verdict::worst);
    }

    /** What every report shows as the run's verdict: {@link #NO_CANVAS}, {@link #ERROR}, or the worst verdict's id. */
    public String status() {
        if (files.isEmpty()) {
            return NO_CANVAS;
        }
        return errors.isEmpty() ? verdict().id() : ERROR;
    }

    /** What every report lists as the run's failures: its errors, or "no canvas was checked" for a run without files. */
    public List<String> problems() {
        return files.isEmpty() && errors.isEmpty() ? List.of("no canvas was checked") : errors;
    }

    /** The run checked something and nothing failed: its verdict is the canvases'. */
    public boolean complete() {
        return !files.isEmpty() && errors.isEmpty();
    }

    /** The status of a run that checked no canvas. */
    public static final String NO_CANVAS = "no-canvas";
    /** The status of a run with errors: a path was not found or gave nothing to check. */
    public static final String ERROR = "error";
}

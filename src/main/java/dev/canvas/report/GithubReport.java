package dev.canvas.report;

import dev.canvas.model.CheckReport;
import dev.canvas.model.FileResult;
import dev.canvas.model.Finding;
import dev.canvas.model.Skip;
import dev.canvas.model.Verdict;
import dev.canvas.text.Untrusted;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow commands. GitHub shows at most {@value #SHOWN} annotations of each level per step, so
 * the run's verdict comes first, then {@code ::error} (the run's errors, blockers), {@code ::warning} (paths not
 * checked, gaps) and {@code ::notice} (each canvas's verdict, warnings, waived findings), each level in that order
 * and capped at {@value #SHOWN}: the last one it shows says how many more there are, and they follow as plain log
 * lines (the Markdown report, written to the job summary, lists them all).
 */
public final class GithubReport {

    /** The annotations of one level that GitHub shows for a step. */
    static final int SHOWN = 10;

    private GithubReport() {
    }

    /** One annotation: its file and place (file "" and line 0 when none), title and message, unescaped. */
    private record Annotation(String file, int line, int column, String title, String message) {
        String command(String level) {
            StringBuilder sb = new StringBuilder("::").append(level);
            String sep = " ";
            if (!file.isEmpty()) {
                sb.append(sep).append("file=").append(GithubReport.file(file));
                sep = ",";
                if (line > 0) {
                    sb.append(",line=").append(line);
                    if (column > 0) {
                        sb.append(",col=").append(column);
                    }
                }
            }
            return sb.append(sep).append("title=").append(property(title)).append("::").append(data(message)).toString();
        }

        /** The same as a plain log line (it starts with "canvas", never with '::'). */
        String logLine(String level) {
            String where = file.isEmpty() ? "" : " " + file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ":";
            return Untrusted.printable("canvas " + level + ":" + where + " [" + title + "] " + message.replace('\n', ' '));
        }
    }

    public static String render(CheckReport report, ReportContext ctx) {
        List<Annotation> errors = new ArrayList<>();
        List<Annotation> warnings = new ArrayList<>();
        List<Annotation> notices = new ArrayList<>();
        for (String e : report.errors()) {
            errors.add(new Annotation("", 0, 0, "canvas: error", e));
        }
        for (Skip k : report.skipped()) {
            warnings.add(new Annotation("", 0, 0, "canvas: not checked", k.toString()));
        }
        for (FileResult f : report.files()) {
            notices.add(new Annotation(f.file(), 0, 0, "canvas: " + f.decision().verdict().id(),
                    f.decision().reason() + " (" + f.readiness().overall().percent() + "% ready"
                            + (f.readiness().checklist().total() > 0 ? ", readiness checklist " + f.readiness().checklist().percent() + "%" : "")
                            + ")"));
        }
        for (FileResult f : report.files()) {
            for (Finding x : f.findings()) {
                if (!ctx.view().shows(x)) {
                    continue;
                }
                List<Annotation> level = !x.counts() ? notices : switch (x.severity()) {
                    case BLOCKER -> errors;
                    case GAP -> warnings;
                    case WARNING -> notices;
                };
                level.add(new Annotation(x.location().file(), x.location().line(), x.location().column(),
                        "canvas " + x.rule() + (x.counts() ? "" : " (waived)"), x.message() + ". Fix: " + x.fix()
                        + x.waiver().map(w -> ". Waived: " + w.reason() + " (approved by " + w.approver() + ")").orElse("")));
            }
        }

        StringBuilder counts = new StringBuilder();
        for (Verdict v : Verdict.values()) {
            long n = report.files().stream().filter(f -> f.decision().verdict() == v).count();
            counts.append(counts.length() == 0 ? "" : ", ").append(n).append(' ').append(v.id());
        }
        String exit = ctx.exitCode() >= 0 ? "; exit " + ctx.exitCode() : "";
        StringBuilder out = new StringBuilder();
        List<String> rest = new ArrayList<>();
        // the run's verdict first, so that GitHub never drops it; a failed run is an error, never a notice that
        // could pass for a go
        if (report.complete()) {
            out.append(new Annotation("", 0, 0, "canvas verdict: " + report.status(),
                    report.files().size() + " canvases checked: " + counts + exit).command("notice")).append('\n');
        } else {
            out.append(new Annotation("", 0, 0, "canvas verdict: " + report.status(),
                    report.files().size() + " canvases checked: " + counts + "; " + report.errors().size()
                            + (report.errors().size() == 1 ? " error" : " errors") + exit).command("error")).append('\n');
        }
        annotate("error", errors, report.complete() ? SHOWN : SHOWN - 1, out, rest);
        annotate("warning", warnings, SHOWN, out, rest);
        annotate("notice", notices, report.complete() ? SHOWN - 1 : SHOWN, out, rest);
        rest.forEach(r -> out.append(r).append('\n'));
        return out.toString();
    }

    /**
     * Writes up to {@code room} annotations of one level; when there are more, the last one it writes says how many,
     * and the others go to {@code rest} as log lines.
     */
    private static void annotate(String level, List<Annotation> annotations, int room, StringBuilder out, List<String> rest) {
        int shown = annotations.size() <= room ? annotations.size() : room - 1;
        annotations.subList(0, shown).forEach(a -> out.append(a.command(level)).append('\n'));
        int more = annotations.size() - shown;
        if (more > 0) {
            out.append(new Annotation("", 0, 0, "canvas: " + more + " more", more + " more " + level
                    + " annotations than GitHub shows for a step: they follow in this log, and the Markdown report "
                    + "(--format markdown=$GITHUB_STEP_SUMMARY) lists every finding").command(level)).append('\n');
            annotations.subList(shown, annotations.size()).forEach(a -> rest.add(a.logLine(level)));
        }
    }

    /**
     * Escapes a command's message, as the Actions runner expects, after {@link Untrusted#printable}: the runner
     * decodes {@code %0A} back into a line break and prints the message to the log, where an ESC or a command of
     * the user's would act.
     */
    static String data(String s) {
        return Untrusted.printable(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /**
     * A file property: the path exactly, so that the annotation lands on the file (the line is canvas's own command,
     * so a {@code ##[} in it is no command), its control characters made visible, escaped as a property.
     */
    static String file(String path) {
        return propertyEscape(Untrusted.controlsVisible(path));
    }

    /** Escapes a command property value (file, title): also ':' and ','. */
    static String property(String s) {
        return propertyEscape(Untrusted.printable(s));
    }

    private static String propertyEscape(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A").replace(":", "%3A").replace(",", "%2C");
    }
}

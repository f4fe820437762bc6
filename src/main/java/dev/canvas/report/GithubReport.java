package dev.canvas.report;

import dev.canvas.model.CheckReport;
import dev.canvas.model.FileResult;
import dev.canvas.model.Finding;
import dev.canvas.model.Skip;
import dev.canvas.model.Verdict;
import dev.canvas.text.Untrusted;

/**
 * GitHub Actions workflow commands: one annotation per finding ({@code ::error} for blockers,
 * {@code ::warning} for gaps, {@code ::notice} for warnings) on its file and line, then one notice per canvas
 * and one for the run with the verdicts.
 */
public final class GithubReport {

    private GithubReport() {
    }

    public static String render(CheckReport report, ReportContext ctx) {
        StringBuilder sb = new StringBuilder();
        for (String e : report.errors()) {
            sb.append("::error title=").append(property("canvas: error")).append("::").append(data(e)).append('\n');
        }
        for (Skip k : report.skipped()) {
            sb.append("::warning title=").append(property("canvas: not checked")).append("::").append(data(k.toString())).append('\n');
        }
        for (FileResult f : report.files()) {
            for (Finding x : f.findings()) {
                String level = !x.counts() ? "notice" : switch (x.severity()) {
                    case BLOCKER -> "error";
                    case GAP -> "warning";
                    case WARNING -> "notice";
                };
                sb.append("::").append(level).append(" file=").append(file(x.location().file()));
                if (x.location().hasLine()) {
                    sb.append(",line=").append(x.location().line());
                    if (x.location().column() > 0) {
                        sb.append(",col=").append(x.location().column());
                    }
                }
                sb.append(",title=").append(property("canvas " + x.rule() + (x.counts() ? "" : " (waived)"))).append("::")
                        .append(data(x.message() + ". Fix: " + x.fix()
                                + x.waiver().map(w -> ". Waived: " + w.reason() + " (approved by " + w.approver() + ")").orElse("")))
                        .append('\n');
            }
            sb.append("::notice file=").append(file(f.file())).append(",title=")
                    .append(property("canvas: " + f.decision().verdict().id())).append("::")
                    .append(data(f.decision().reason() + " (" + f.readiness().overall().percent() + "% ready"
                            + (f.readiness().checklist().total() > 0 ? ", readiness checklist " + f.readiness().checklist().percent() + "%" : "")
                            + ")")).append('\n');
        }
        StringBuilder counts = new StringBuilder();
        for (Verdict v : Verdict.values()) {
            long n = report.files().stream().filter(f -> f.decision().verdict() == v).count();
            counts.append(counts.length() == 0 ? "" : ", ").append(n).append(' ').append(v.id());
        }
        String exit = ctx.exitCode() >= 0 ? "; exit " + ctx.exitCode() : "";
        if (report.complete()) {
            sb.append("::notice title=").append(property("canvas verdict: " + report.status())).append("::")
                    .append(data(report.files().size() + " canvases checked: " + counts + exit)).append('\n');
        } else {
            // a failed run is an error, never a notice that could pass for a go
            sb.append("::error title=").append(property("canvas verdict: " + report.status())).append("::")
                    .append(data(report.files().size() + " canvases checked: " + counts + "; " + report.errors().size()
                            + (report.errors().size() == 1 ? " error" : " errors") + exit)).append('\n');
        }
        return sb.toString();
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

package dev.canvas.report;

import dev.canvas.model.CheckReport;
import dev.canvas.model.FileResult;
import dev.canvas.model.Finding;
import dev.canvas.model.Readiness;
import dev.canvas.model.Severity;
import dev.canvas.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import static dev.canvas.text.Untrusted.printable;

/**
 * The terminal report: per file, findings grouped by prerequisites, phase and square, each as
 * {@code file:line:col: severity [rule] message} with its fix below; each phase's progress; the verdict last.
 */
public final class TextReport {

    private TextReport() {
    }

    /** Renders the report; {@code color} adds ANSI colours (the caller decides: a terminal, no NO_COLOR). */
    public static String render(CheckReport report, boolean color) {
        java.io.StringWriter out = new java.io.StringWriter();
        write(report, color, out);
        return out.toString();
    }

    /**
     * Writes the report a canvas at a time, so that the text of ten thousand canvases (18 MB) is never held in
     * memory at once. A {@link java.io.PrintWriter} records write errors rather than throwing them.
     */
    public static void write(CheckReport report, boolean color, java.io.Writer out) {
        Style st = new Style(color);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < report.files().size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            file(report.files().get(i), st, sb);
            flush(sb, out);
        }
        if (report.files().size() > 1) {
            sb.append('\n');
            summaryTable(report, st, sb);
            List<String> parts = new ArrayList<>();
            for (Verdict v : Verdict.values()) {
                long n = report.files().stream().filter(f -> f.decision().verdict() == v).count();
                parts.add(n + " " + v.id());
            }
            sb.append(st.bold("verdict: ")).append(st.verdict(report.verdict())).append(" (worst of ")
                    .append(report.files().size()).append(" canvases: ").append(String.join(", ", parts)).append(")\n");
        }
        if (!report.skipped().isEmpty()) {
            sb.append(report.files().isEmpty() ? "" : "\n").append(st.bold("not checked")).append(" (")
                    .append(report.skipped().size() == 1 ? "a path that" : report.skipped().size() + " paths that")
                    .append(" may hold a canvas):\n");
            report.skipped().forEach(k -> sb.append("  ").append(printable(k.path())).append(": ").append(printable(k.reason())).append('\n'));
        }
        flush(sb, out);
    }

    private static void flush(StringBuilder sb, java.io.Writer out) {
        try {
            out.append(sb);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        sb.setLength(0);
    }

    /** One row per canvas: its verdict, readiness and finding counts. */
    private static void summaryTable(CheckReport report, Style st, StringBuilder sb) {
        int width = Math.max("canvas".length(), report.files().stream().mapToInt(f -> printable(f.file()).length()).max().orElse(0));
        width = Math.min(width, 80);
        sb.append(st.bold(pad("canvas", width) + "  " + pad("verdict", 13) + "  ready  blockers  gaps  warnings")).append('\n');
        for (FileResult f : report.files()) {
            sb.append(pad(printable(f.file()), width)).append("  ").append(pad(f.decision().verdict().id(), 13)).append("  ")
                    .append(String.format("%4d%%  %8d  %4d  %8d", f.readiness().overall().percent(), f.count(Severity.BLOCKER),
                            f.count(Severity.GAP), f.count(Severity.WARNING))).append('\n');
        }
        sb.append('\n');
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static void file(FileResult f, Style st, StringBuilder sb) {
        Readiness r = f.readiness();
        sb.append(st.bold(printable(f.file()))).append("  (").append(f.format() == dev.canvas.model.SourceFormat.YAML ? "YAML" : "Markdown")
                .append(", ").append(r.overall().percent()).append("% ready: ").append(r.overall()).append(" items")
                .append(r.checklist().total() > 0 ? "; readiness checklist " + r.checklist().percent() + "%: " + r.checklist() : "")
                .append(")\n");
        List<Finding> rest = new ArrayList<>(f.findings());

        if (r.prerequisites().total() > 0 || has(rest, "prerequisites")) {
            sb.append("  ").append(st.bold("Prerequisites")).append(": ").append(r.prerequisites()).append(" ticked\n");
            take(rest, x -> x.subject().checklist().equals("prerequisites"), "    ", st, sb);
        }
        for (Readiness.PhaseReadiness p : r.phases()) {
            sb.append("  ").append(st.bold("Phase " + p.number() + ": " + printable(p.title()))).append(": fields ")
                    .append(p.fields()).append(", gate ").append(p.gate())
                    .append(p.checklist().total() > 0 ? ", checklist " + p.checklist() : "").append('\n');
            for (Readiness.SquareReadiness s : p.squares()) {
                boolean any = rest.stream().anyMatch(x -> x.subject().square() == s.number());
                if (any) {
                    sb.append("    Square ").append(s.number()).append(": ").append(printable(s.title())).append(": ")
                            .append(s.present() ? s.fields() + " answered" : "missing")
                            .append(s.checklist().total() > 0 ? ", checklist " + s.checklist() : "").append('\n');
                    take(rest, x -> x.subject().square() == s.number(), "      ", st, sb);
                }
            }
            take(rest, x -> x.subject().phase() == p.number() && x.subject().square() == 0
                    && !x.subject().checklist().isEmpty(), "    ", st, sb);
        }
        if (!rest.isEmpty()) {
            sb.append("  ").append(st.bold("Other findings")).append('\n');
            take(rest, x -> true, "    ", st, sb);
        }
        sb.append("  ").append(st.bold("verdict: ")).append(st.verdict(f.decision().verdict(), f.decision().label())).append(" (")
                .append(printable(f.decision().reason())).append(")");
        if (!f.findings().isEmpty()) {
            sb.append(" [").append(count(f.count(Severity.BLOCKER), "blocker")).append(", ")
                    .append(count(f.count(Severity.GAP), "gap")).append(", ")
                    .append(count(f.count(Severity.WARNING), "warning"));
            if (f.waived() > 0) {
                sb.append(", ").append(f.waived()).append(" waived");
            }
            sb.append(']');
        }
        sb.append('\n');
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static boolean has(List<Finding> fs, String checklist) {
        return fs.stream().anyMatch(x -> x.subject().checklist().equals(checklist));
    }

    private static void take(List<Finding> rest, java.util.function.Predicate<Finding> which, String indent, Style st,
                             StringBuilder sb) {
        var it = rest.iterator();
        while (it.hasNext()) {
            Finding x = it.next();
            if (!which.test(x)) {
                continue;
            }
            it.remove();
            sb.append(indent).append(printable(x.location().toString())).append(": ").append(x.counts() ? st.severity(x.severity())
                    : "waived " + x.severity().id()).append(" [").append(printable(x.rule())).append("] ");
            if (!x.subject().field().isEmpty()) {
                sb.append(printable(x.subject().field())).append(": ");
            }
            sb.append(printable(x.message())).append('\n');
            sb.append(indent).append("    fix: ").append(printable(x.fix())).append('\n');
            x.waiver().ifPresent(w -> sb.append(indent).append("    waived: ").append(printable(w.reason())).append(" (approved by ")
                    .append(printable(w.approver())).append(", until ").append(w.expires().map(Object::toString).orElse("?"))
                    .append("; ").append(printable(w.location().toString())).append(")\n"));
        }
    }

    /** ANSI styling that is a no-op when colour is off. */
    private record Style(boolean on) {
        String bold(String s) {
            return on ? "\u001b[1m" + s + "\u001b[0m" : s;
        }

        String severity(Severity s) {
            String word = s.id();
            if (!on) {
                return word;
            }
            String code = switch (s) {
                case BLOCKER -> "31";
                case GAP -> "33";
                case WARNING -> "36";
            };
            return "\u001b[" + code + "m" + word + "\u001b[0m";
        }

        String verdict(Verdict v) {
            return verdict(v, v.id());
        }

        String verdict(Verdict v, String label) {
            String word = printable(label.toUpperCase(Locale.ROOT));
            if (!on) {
                return word;
            }
            String code = switch (v) {
                case GO -> "1;32";
                case FIX_GAPS -> "1;33";
                case DO_NOT_DEPLOY -> "1;31";
            };
            return "\u001b[" + code + "m" + word + "\u001b[0m";
        }
    }
}

package dev.canvas.report;

import dev.canvas.model.CheckReport;
import dev.canvas.model.FileResult;
import dev.canvas.model.Finding;
import dev.canvas.model.Readiness;
import dev.canvas.model.Severity;
import dev.canvas.model.Verdict;
import dev.canvas.model.SourceFormat;
import dev.canvas.model.Subject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

import static dev.canvas.text.Untrusted.printable;

/**
 * The terminal report: per file, findings grouped by prerequisites, phase and square, each as
 * {@code file:line:col: severity [rule] message} with its fix below; each phase's progress; the verdict, and the
 * next thing to do, last.
 *
 * <p>How much it shows is the {@link View}'s: {@link Detail#FOCUS} (the default) shows the prerequisites, the first
 * phase with a blocker (else the first with any finding) and what is about the whole file, each kind of unticked
 * box or unanswered field of one place folded into one finding that names the others; the other phases show their
 * blockers, folded across the phase, and count the rest. {@link Detail#ALL} shows every finding with its own fix, {@link Detail#QUIET} only blockers and the
 * verdict. The machine formats always carry every finding.
 */
public final class TextReport {

    /** How much of each canvas the report shows. */
    public enum Detail {
        /** The verdict line and the blockers, folded. */
        QUIET,
        /** The next phase to work on, folded; the rest as counts. */
        FOCUS,
        /** Every finding, one by one. */
        ALL
    }

    /**
     * What the report shows.
     *
     * @param detail how much
     * @param floor  the least severe finding shown ({@link Severity#WARNING}: all of them)
     */
    public record View(Detail detail, Severity floor) {
        public static final View DEFAULT = new View(Detail.FOCUS, Severity.WARNING);

        public View {
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(floor, "floor");
        }

        boolean shows(Finding f) {
            return f.severity().compareTo(detail == Detail.QUIET ? Severity.BLOCKER : floor) <= 0;
        }
    }

    /** How many other items or fields a folded finding names before "+N". */
    private static final int NAMED = 3;
    /** How long a named item may be before it is cut. */
    private static final int NAME_LENGTH = 48;

    private TextReport() {
    }

    /** Renders the report; {@code color} adds ANSI colours (the caller decides: a terminal, no NO_COLOR). */
    public static String render(CheckReport report, View view, boolean color) {
        StringWriter out = new StringWriter();
        write(report, view, color, out);
        return out.toString();
    }

    /**
     * Writes the report a canvas at a time, so that the text of ten thousand canvases (18 MB) is never held in
     * memory at once. A {@link java.io.PrintWriter} records write errors rather than throwing them.
     */
    public static void write(CheckReport report, View view, boolean color, Writer out) {
        Style st = new Style(color);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < report.files().size(); i++) {
            if (i > 0 && view.detail() != Detail.QUIET) {
                sb.append('\n');
            }
            file(report.files().get(i), view, st, sb);
            flush(sb, out);
        }
        if (report.files().size() > 1) {
            if (view.detail() != Detail.QUIET) {
                sb.append('\n');
                summaryTable(report, st, sb);
            }
            sb.append(st.bold("verdict: ")).append(st.verdict(report.verdict(), word(report, report.verdict()))).append(" (worst of ")
                    .append(report.files().size()).append(" canvases: ").append(String.join(", ", tally(report))).append(")\n");
        }
        if (!report.skipped().isEmpty()) {
            sb.append(report.files().isEmpty() ? "" : "\n").append(st.bold("not checked")).append(" (")
                    .append(report.skipped().size() == 1 ? "a path that" : report.skipped().size() + " paths that")
                    .append(" may hold a canvas):\n");
            report.skipped().forEach(k -> sb.append("  ").append(printable(k.path())).append(": ").append(printable(k.reason())).append('\n'));
        }
        flush(sb, out);
    }

    private static void flush(StringBuilder sb, Writer out) {
        try {
            out.append(sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sb.setLength(0);
    }

    /**
     * How a run words a verdict: as its canvases do when every canvas with that verdict words it alike (a run of POC
     * canvases says "do not build"), else by the verdict's id.
     */
    static String word(CheckReport report, Verdict v) {
        List<String> labels = report.files().stream().filter(f -> f.decision().verdict() == v)
                .map(f -> f.decision().label()).distinct().toList();
        return labels.size() == 1 ? labels.get(0) : v.id();
    }

    /**
     * How many canvases got each verdict, in the run's words ({@link #word}): "2 go, 1 fix-gaps, 0 do-not-deploy". A
     * run whose canvases all word their verdicts otherwise (POC canvases) leaves out the verdicts no canvas got, as it
     * cannot name them in the canvases' words.
     */
    static List<String> tally(CheckReport report) {
        boolean own = !report.files().isEmpty()
                && report.files().stream().allMatch(f -> !f.decision().label().equals(f.decision().verdict().id()));
        List<String> parts = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            long n = report.files().stream().filter(f -> f.decision().verdict() == v).count();
            if (n > 0 || !own) {
                parts.add(n + " " + word(report, v));
            }
        }
        return parts;
    }

    /** One row per canvas: its verdict (in its own words), readiness and finding counts. */
    private static void summaryTable(CheckReport report, Style st, StringBuilder sb) {
        int width = Math.max("canvas".length(), report.files().stream().mapToInt(f -> printable(f.file()).length()).max().orElse(0));
        width = Math.min(width, 80);
        int verdictWidth = Math.max(13, report.files().stream().mapToInt(f -> printable(f.decision().label()).length()).max().orElse(0));
        verdictWidth = Math.min(verdictWidth, 40);
        sb.append(st.bold(pad("canvas", width) + "  " + pad("verdict", verdictWidth) + "  ready  blockers  gaps  warnings")).append('\n');
        for (FileResult f : report.files()) {
            sb.append(pad(printable(f.file()), width)).append("  ").append(pad(printable(f.decision().label()), verdictWidth)).append("  ")
                    .append(right(f.readiness().overall().percent(), 4)).append("%  ").append(right(f.count(Severity.BLOCKER), 8))
                    .append("  ").append(right(f.count(Severity.GAP), 4)).append("  ").append(right(f.count(Severity.WARNING), 8))
                    .append('\n');
        }
        sb.append('\n');
    }

    /** A number right-aligned in {@code width} columns, in ASCII digits (String.format, slower, uses the locale's). */
    private static String right(long n, int width) {
        String s = Long.toString(n);
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static void file(FileResult f, View view, Style st, StringBuilder sb) {
        Readiness r = f.readiness();
        List<Finding> rest = new ArrayList<>(f.findings().stream().filter(view::shows).toList());
        Finding next = next(rest);
        if (view.detail() == Detail.QUIET) {
            take(rest, x -> true, "", view, st, sb);
            verdictLine(f, "", st, sb);
            return;
        }
        sb.append(st.bold(printable(f.file()))).append("  (").append(f.format() == SourceFormat.YAML ? "YAML" : "Markdown")
                .append(", ").append(r.overall().percent()).append("% ready: ").append(r.overall()).append(" items")
                .append(r.checklist().total() > 0 ? "; readiness checklist " + r.checklist().percent() + "%: " + r.checklist() : "")
                .append(r.signed().total() > 0 ? "; sign-offs " + r.signed() : "")
                .append(")\n");

        if (r.prerequisites().total() > 0 || rest.stream().anyMatch(TextReport::isPrerequisite)) {
            sb.append("  ").append(st.bold("Prerequisites")).append(": ").append(r.prerequisites()).append(" ticked\n");
            take(rest, TextReport::isPrerequisite, "    ", view, st, sb);
        }
        int focus = view.detail() == Detail.ALL ? -1 : focusPhase(rest);
        for (Readiness.PhaseReadiness p : r.phases()) {
            String title = "Phase " + p.number() + ": " + printable(p.title());
            String progress = "fields " + p.fields() + ", gate " + p.gate()
                    + (p.checklist().total() > 0 ? ", checklist " + p.checklist() : "");
            if (focus >= 0 && p.number() != focus) {
                // another phase: its blockers (never hidden), folded across the phase; the rest counted
                List<Finding> hidden = take(rest, x -> x.subject().phase() == p.number()
                        && !(x.counts() && x.severity() == Severity.BLOCKER));
                sb.append("  ").append(st.bold(title)).append(": ").append(progress);
                if (!hidden.isEmpty()) {
                    sb.append(" (").append(counts(hidden)).append(": --all lists them)");
                }
                sb.append('\n');
                take(rest, x -> x.subject().phase() == p.number(), "    ", view, st, sb);
                continue;
            }
            sb.append("  ").append(st.bold(title)).append(": ").append(progress).append('\n');
            for (Readiness.SquareReadiness s : p.squares()) {
                if (rest.stream().anyMatch(x -> x.subject().square() == s.number())) {
                    sb.append("    Square ").append(s.number()).append(": ").append(printable(s.title())).append(": ")
                            .append(s.present() ? s.fields() + " answered" : "missing")
                            .append(s.checklist().total() > 0 ? ", checklist " + s.checklist() : "").append('\n');
                    take(rest, x -> x.subject().square() == s.number(), "      ", view, st, sb);
                }
            }
            take(rest, x -> x.subject().phase() == p.number() && x.subject().square() == 0
                    && !x.subject().checklist().isEmpty(), "    ", view, st, sb);
        }
        if (!rest.isEmpty()) {
            sb.append("  ").append(st.bold("Other findings")).append('\n');
            take(rest, x -> true, "    ", view, st, sb);
        }
        verdictLine(f, "  ", st, sb);
        if (next != null) {
            sb.append("  ").append(st.bold("next: ")).append(printable(next.location().toString())).append(": ")
                    .append(printable(next.fix())).append('\n');
        }
    }

    private static boolean isPrerequisite(Finding x) {
        return x.subject().checklist().equals("prerequisites");
    }

    /**
     * The phase the focused report shows whole: the first with a blocker, else the first with any finding; 0 when
     * no phase has one (every phase is then a line of counts).
     */
    private static int focusPhase(List<Finding> shown) {
        for (Severity s : Severity.values()) {
            OptionalInt first = shown.stream().filter(x -> x.counts() && x.severity() == s)
                    .mapToInt(x -> x.subject().phase()).filter(n -> n > 0).min();
            if (first.isPresent()) {
                return first.getAsInt();
            }
        }
        return 0;
    }

    /** The first thing to do: the fix of the first blocker in the canvas's order, else of the first gap. */
    private static Finding next(List<Finding> shown) {
        for (Severity s : List.of(Severity.BLOCKER, Severity.GAP)) {
            Finding best = null;
            for (Finding x : shown) {
                if (x.counts() && x.severity() == s && (best == null || order(x) < order(best))) {
                    best = x;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** Where a finding comes in the work: prerequisites, then the phases in order; the file itself last. */
    private static long order(Finding x) {
        int place = isPrerequisite(x) ? 0 : x.subject().phase() > 0 ? x.subject().phase() : 1000;
        return (long) place << 32 | x.location().line();
    }

    private static void verdictLine(FileResult f, String indent, Style st, StringBuilder sb) {
        sb.append(indent);
        if (indent.isEmpty()) {
            sb.append(printable(f.file())).append(": ");
        }
        sb.append(st.bold("verdict: ")).append(st.verdict(f.decision().verdict(), f.decision().label())).append(" (")
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

    private static String counts(List<Finding> fs) {
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = fs.stream().filter(x -> x.counts() && x.severity() == s).count();
            if (n > 0) {
                parts.add(count(n, s.id()));
            }
        }
        long waived = fs.stream().filter(x -> !x.counts()).count();
        if (waived > 0) {
            parts.add(waived + " waived");
        }
        return String.join(", ", parts);
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Removes the findings {@code which} accepts from {@code rest}, in order, and writes them. */
    private static void take(List<Finding> rest, Predicate<Finding> which, String indent, View view, Style st,
                             StringBuilder sb) {
        List<Finding> taken = take(rest, which);
        if (view.detail() == Detail.ALL) {
            taken.forEach(x -> finding(x, List.of(), indent, st, sb));
            return;
        }
        // the findings of one kind here (unticked boxes, unanswered fields, missing sign-offs), folded into the first:
        // one rule, one severity, and the same fix but for what it quotes
        Map<List<Object>, List<Finding>> folds = new LinkedHashMap<>();
        for (Finding x : taken) {
            int quote = x.fix().indexOf('\'');
            String how = quote < 0 ? x.fix() : x.fix().substring(0, quote);
            folds.computeIfAbsent(List.of(x.rule(), x.severity(), x.counts(), how), k -> new ArrayList<>()).add(x);
        }
        folds.values().forEach(fold -> finding(fold.get(0), fold.subList(1, fold.size()), indent, st, sb));
    }

    private static List<Finding> take(List<Finding> rest, Predicate<Finding> which) {
        List<Finding> taken = new ArrayList<>();
        rest.removeIf(x -> which.test(x) && taken.add(x));
        return taken;
    }

    /** One finding, and the others like it that it stands for (by name, with their lines). */
    private static void finding(Finding x, List<Finding> more, String indent, Style st, StringBuilder sb) {
        sb.append(indent).append(printable(x.location().toString())).append(": ").append(x.counts() ? st.severity(x.severity())
                : "waived " + x.severity().id()).append(" [").append(printable(x.rule())).append("] ");
        if (!x.subject().field().isEmpty()) {
            sb.append(printable(x.subject().field())).append(": ");
        }
        sb.append(printable(x.message())).append('\n');
        if (!more.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Finding m : more.subList(0, Math.min(NAMED, more.size()))) {
                name(m).ifPresent(names::add);
            }
            if (more.size() > NAMED && !names.isEmpty()) {
                names.add("+" + (more.size() - NAMED));
            }
            IntSummaryStatistics lines = more.stream().mapToInt(m -> m.location().line()).filter(n -> n > 0).summaryStatistics();
            sb.append(indent).append("    and ").append(more.size()).append(" more like it")
                    .append(names.isEmpty() ? "" : ": " + String.join(", ", names));
            if (lines.getCount() > 0) {
                sb.append(lines.getMin() == lines.getMax() ? " (line " + lines.getMin() + ")"
                        : " (lines " + lines.getMin() + " to " + lines.getMax() + ")");
            }
            sb.append('\n');
        }
        sb.append(indent).append("    fix: ").append(printable(x.fix())).append('\n');
        x.waiver().ifPresent(w -> sb.append(indent).append("    waived: ").append(printable(w.reason())).append(" (approved by ")
                .append(printable(w.approver())).append(", until ").append(w.expires().map(Object::toString).orElse("?"))
                .append("; ").append(printable(w.location().toString())).append(")\n"));
    }

    /** What a folded finding calls another: its field, else its item's text (cut), else its item's id; or nothing. */
    private static Optional<String> name(Finding m) {
        Subject s = m.subject();
        if (!s.field().isEmpty()) {
            return Optional.of(printable(s.field()));
        }
        String text = printable(s.itemText().isEmpty() ? s.item() : s.itemText());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("'" + (text.length() > NAME_LENGTH ? text.substring(0, NAME_LENGTH - 1) + "\u2026" : text) + "'");
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

package dev.canvas.report;

import dev.canvas.model.CheckReport;
import dev.canvas.model.FileResult;
import dev.canvas.model.Finding;
import dev.canvas.model.Readiness;
import dev.canvas.model.Severity;
import dev.canvas.model.Skip;
import dev.canvas.model.Verdict;
import dev.canvas.text.Untrusted;
import java.util.List;

/**
 * A summary for a pull-request comment or {@code $GITHUB_STEP_SUMMARY}: the verdict, a table of canvases,
 * then per canvas its progress per phase and the missing items as a checklist. Canvas text is escaped so it
 * cannot break the table or inject HTML.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(CheckReport report, ReportContext ctx) {
        StringBuilder sb = new StringBuilder();
        if (report.complete()) {
            sb.append("## canvas: ").append(badge(report.verdict())).append("\n\n");
        } else {
            // a failed run: its own heading, never the badge of a pass
            sb.append("## canvas: ❌ ").append(report.status()).append(ctx.exitSuffix()).append("\n\n");
            for (String e : report.problems()) {
                sb.append("- **error**: ").append(text(e)).append('\n');
            }
            sb.append('\n');
        }
        for (Skip k : report.skipped()) {
            sb.append("- **not checked**: ").append(text(k.toString())).append('\n');
        }
        if (!report.skipped().isEmpty()) {
            sb.append('\n');
        }
        sb.append("| canvas | verdict | ready | blockers | gaps | warnings |\n|---|---|---:|---:|---:|---:|\n");
        for (FileResult f : report.files()) {
            sb.append("| ").append(text(f.file())).append(" | ").append(badge(f.decision().verdict())).append(" | ")
                    .append(f.readiness().overall().percent()).append("% | ").append(f.count(Severity.BLOCKER)).append(" | ")
                    .append(f.count(Severity.GAP)).append(" | ").append(f.count(Severity.WARNING)).append(" |\n");
        }
        for (FileResult f : report.files()) {
            sb.append("\n### ").append(text(f.file())).append(": ").append(badge(f.decision().verdict())).append("\n\n");
            sb.append(text(f.decision().reason())).append(".\n\n");
            Readiness r = f.readiness();
            boolean checklist = r.checklist().total() > 0;
            sb.append("| part | answered | gate | ").append(checklist ? "checklist |\n|---|---:|---:|---:|\n" : "\n|---|---:|---:|\n");
            if (r.prerequisites().total() > 0) {
                sb.append("| Prerequisites | | ").append(r.prerequisites()).append(checklist ? " | |\n" : " |\n");
            }
            for (Readiness.PhaseReadiness p : r.phases()) {
                sb.append("| Phase ").append(p.number()).append(": ").append(cell(p.title())).append(" | ")
                        .append(p.fields()).append(" | ").append(p.gate())
                        .append(checklist ? " | " + p.checklist() + " |\n" : " |\n");
            }
            if (checklist) {
                sb.append("| **Readiness checklist score** | | | **").append(r.checklist().percent()).append("%** |\n");
            }
            List<Groups.Group> groups = Groups.of(f).stream().filter(g -> !g.findings().isEmpty()).toList();
            if (groups.isEmpty()) {
                continue;
            }
            sb.append("\n**Missing items**\n\n");
            for (Groups.Group g : groups) {
                for (Finding x : g.findings()) {
                    sb.append(x.severity() == Severity.WARNING || !x.counts() ? "- " : "- [ ] ").append(x.counts() ? "" : "(waived) ")
                            .append("**").append(text(g.name()))
                            .append("**: ").append(text(x.message())).append(" (").append(text(x.location().toString()))
                            .append(", ").append(x.severity().id()).append(")<br>fix: ").append(text(x.fix())).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String badge(Verdict v) {
        return switch (v) {
            case GO -> "✅ go";
            case FIX_GAPS -> "⚠️ fix-gaps";
            case DO_NOT_DEPLOY -> "❌ do-not-deploy";
        };
    }

    /**
     * Text in a Markdown paragraph, list item or table cell, whatever it holds: first
     * {@link Untrusted#printable} (one line, no control characters or workflow commands), then HTML escaped (no
     * tag, image beacon or entity of the user's), Markdown punctuation escaped (no link, image, emphasis, code span,
     * and no {@code |} that would end a table cell), and mentions defused with a zero-width space after the
     * {@code @}, so that {@code @org/team} notifies no one.
     */
    static String text(String s) {
        String t = Untrusted.printable(s);
        StringBuilder sb = new StringBuilder(t.length() + 8);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '@' -> sb.append("@\u200b");
                case '\\', '`', '*', '_', '[', ']', '(', ')', '|', '#', '!', '~', '{', '}', '$' -> sb.append('\\').append(c);
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return text(s);
    }
}

package dev.canvas.report;

import dev.canvas.model.CheckReport;
import dev.canvas.model.FileResult;
import dev.canvas.model.Finding;
import dev.canvas.model.Location;
import dev.canvas.model.Progress;
import dev.canvas.model.Readiness;
import dev.canvas.model.Severity;
import dev.canvas.model.SignoffState;
import dev.canvas.model.Verdict;
import dev.canvas.text.Untrusted;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained HTML page: each canvas drawn as its grid (phases as columns, squares as tiles coloured and
 * labelled by state, each phase's gate below its squares), the verdict, a readiness gauge, bars split into fields,
 * gate and checklist, the sign-offs and the prerequisites at the top, and the missing items under each tile (by
 * line: the canvas is named once, above). The page says when it was made, by which version, at which commit.
 * Several canvases get an overview table that links to each. No scripts, fonts or requests: a
 * Content-Security-Policy forbids them (the gauge is inline SVG, which requests nothing), and every piece of canvas
 * text is escaped. Prints on A4/Letter landscape, one canvas per page.
 */
public final class HtmlReport {

    /** The three states of a tile; colour is never the only signal: each has an icon and a word. */
    enum State {
        COMPLETE("complete", "✓", "Complete"),
        GAPS("gaps", "!", "Gaps"),
        INCOMPLETE("incomplete", "✗", "Incomplete");

        final String css;
        final String icon;
        final String label;

        State(String css, String icon, String label) {
            this.css = css;
            this.icon = icon;
            this.label = label;
        }

        /**
         * A tile's state: incomplete when missing or with a blocker; gaps with a gap, or while any of its counts is
         * short (an unticked checklist item that no finding reports, because the rule is off or the finding waived,
         * still keeps a square from being complete); complete otherwise.
         */
        static State of(boolean present, List<Finding> findings, Progress... counts) {
            if (!present || findings.stream().anyMatch(f -> f.severity() == Severity.BLOCKER && f.counts())) {
                return INCOMPLETE;
            }
            if (findings.stream().anyMatch(f -> f.severity() == Severity.GAP && f.counts())) {
                return GAPS;
            }
            for (Progress p : counts) {
                if (!p.complete()) {
                    return GAPS;
                }
            }
            return COMPLETE;
        }
    }

    private HtmlReport() {
    }

    public static String render(CheckReport report, ReportContext ctx) {
        StringBuilder sb = new StringBuilder(32_768);
        String status = report.complete() ? TextReport.word(report, report.verdict()) : report.status();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"canvas ").append(esc(ctx.toolVersion())).append("\">\n")
                .append("<title>canvas: ").append(esc(status)).append(" (")
                .append(report.files().size()).append(report.files().size() == 1 ? " canvas" : " canvases").append(")</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        sb.append("<header class=\"report\"><h1>Canvas readiness report</h1>\n<p class=\"meta\">");
        ctx.date().ifPresent(d -> sb.append("Checked on <time datetime=\"").append(d).append("\">").append(d).append("</time> · "));
        sb.append("canvas ").append(esc(ctx.toolVersion()));
        ctx.commit().ifPresent(c -> sb.append(" · commit <code>").append(esc(c)).append("</code>"));
        sb.append("</p>\n<p class=\"template\">Template: ").append(esc(report.template())).append("</p></header>\n<main>\n");
        if (!report.complete()) {
            // a failed run says so first, in the colours of do-not-deploy: never a page that reads as a pass
            sb.append("<section class=\"errors verdict v-do-not-deploy\" role=\"alert\"><h2><span class=\"icon\" aria-hidden=\"true\">")
                    .append(icon(Verdict.DO_NOT_DEPLOY)).append("</span> ").append(esc(report.status().toUpperCase(Locale.ROOT)))
                    .append(ctx.exitSuffix()).append("</h2>\n<ul>\n");
            for (String e : report.problems()) {
                sb.append("<li>").append(esc(e)).append("</li>\n");
            }
            sb.append("</ul>\n</section>\n");
        }
        if (!report.skipped().isEmpty()) {
            sb.append("<section class=\"skipped\"><h2>Not checked</h2>\n<ul>\n");
            report.skipped().forEach(k -> sb.append("<li>").append(esc(k.toString())).append("</li>\n"));
            sb.append("</ul>\n</section>\n");
        }
        if (report.files().size() > 1) {
            overview(report, sb);
        }
        for (int i = 0; i < report.files().size(); i++) {
            canvas(report.files().get(i), i + 1, sb);
        }
        if (report.files().isEmpty()) {
            sb.append("<p>No canvas was checked.</p>\n");
        }
        sb.append("</main>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void overview(CheckReport report, StringBuilder sb) {
        boolean signoffs = report.files().stream().anyMatch(f -> f.readiness().signed().total() > 0);
        sb.append("<section class=\"overview\" aria-labelledby=\"overview-title\">\n")
                .append("<h2 id=\"overview-title\">Overview: ").append(report.complete()
                        ? verdictBadge(report.verdict(), TextReport.word(report, report.verdict()))
                        : "<span class=\"badge v-do-not-deploy\">" + esc(report.status()) + "</span>").append("</h2>\n")
                .append("<table>\n<thead><tr><th scope=\"col\">Canvas</th><th scope=\"col\">Verdict</th>")
                .append("<th scope=\"col\">Ready</th>").append(signoffs ? "<th scope=\"col\">Sign-offs</th>" : "")
                .append("<th scope=\"col\">Blockers</th><th scope=\"col\">Gaps</th>")
                .append("<th scope=\"col\">Warnings</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < report.files().size(); i++) {
            FileResult f = report.files().get(i);
            Progress signed = f.readiness().signed();
            sb.append("<tr><td><a href=\"#canvas-").append(i + 1).append("\">").append(esc(f.file())).append("</a></td><td>")
                    .append(verdictBadge(f.decision().verdict(), f.decision().label())).append("</td><td>")
                    .append(f.readiness().overall().percent()).append("%</td>")
                    .append(signoffs ? "<td>" + (signed.total() > 0 ? signed.toString() : "–") + "</td>" : "")
                    .append("<td>").append(f.count(Severity.BLOCKER)).append("</td><td>").append(f.count(Severity.GAP))
                    .append("</td><td>").append(f.count(Severity.WARNING)).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    private static void canvas(FileResult f, int n, StringBuilder sb) {
        Readiness r = f.readiness();
        List<Groups.Group> groups = Groups.of(f);
        Verdict v = f.decision().verdict();
        sb.append("<article class=\"canvas\" id=\"canvas-").append(n).append("\" aria-labelledby=\"canvas-").append(n)
                .append("-title\">\n");
        sb.append("<h2 id=\"canvas-").append(n).append("-title\">").append(esc(f.file())).append("</h2>\n");
        sb.append("<div class=\"verdict v-").append(v.id()).append("\" role=\"status\"><span class=\"icon\" aria-hidden=\"true\">")
                .append(icon(v)).append("</span> <strong>").append(esc(f.decision().label().toUpperCase(Locale.ROOT)))
                .append("</strong> <span class=\"reason\">")
                .append(esc(f.decision().reason())).append("</span> <span class=\"counts\">")
                .append(f.count(Severity.BLOCKER)).append(" blockers · ").append(f.count(Severity.GAP)).append(" gaps · ")
                .append(f.count(Severity.WARNING)).append(" warnings").append(f.waived() > 0 ? " · " + f.waived() + " waived" : "")
                .append("</span></div>\n");
        summary(r, v, n, sb);

        Groups.Group prereq = group(groups, "Prerequisites");
        if (prereq != null) {
            State st = State.of(true, prereq.findings(), r.prerequisites());
            sb.append("<section class=\"prerequisites tile ").append(st.css).append("\" aria-labelledby=\"canvas-").append(n)
                    .append("-prereq\">\n<h3 id=\"canvas-").append(n).append("-prereq\">").append(stateTag(st))
                    .append("Prerequisites</h3>\n<p class=\"score\">").append(r.prerequisites()).append(" confirmed</p>\n");
            findings(prereq.findings(), f.file(), sb);
            sb.append("</section>\n");
        }

        sb.append("<section class=\"progress\" aria-label=\"Progress per phase\">\n");
        for (Readiness.PhaseReadiness p : r.phases()) {
            Progress all = p.fields().plus(p.gate()).plus(p.checklist());
            sb.append("<div class=\"bar\"><span class=\"bar-label\">Phase ").append(p.number()).append(": ").append(esc(p.title()))
                    .append("</span><span class=\"track\" role=\"progressbar\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\"")
                    .append(all.percent()).append("\" aria-label=\"Phase ").append(p.number()).append(" progress\">");
            segment("fields", p.fields(), sb);
            segment("gate", p.gate(), sb);
            segment("checklist", p.checklist(), sb);
            sb.append("</span><span class=\"bar-value\">").append(all.percent())
                    .append("% · fields ").append(p.fields()).append(" · gate ").append(p.gate())
                    .append(p.checklist().total() > 0 ? " · checklist " + p.checklist() : "").append("</span></div>\n");
        }
        sb.append("</section>\n");

        sb.append("<div class=\"grid\" style=\"grid-template-columns: repeat(").append(Math.max(1, r.phases().size()))
                .append(", minmax(0, 1fr))\">\n");
        for (Readiness.PhaseReadiness p : r.phases()) {
            sb.append("<section class=\"phase\" aria-labelledby=\"canvas-").append(n).append("-phase-").append(p.number())
                    .append("\">\n<h3 id=\"canvas-").append(n).append("-phase-").append(p.number()).append("\">Phase ")
                    .append(p.number()).append(": ").append(esc(p.title())).append("</h3>\n");
            for (Readiness.SquareReadiness s : p.squares()) {
                Groups.Group g = group(groups, "Square " + s.number() + ": " + s.title());
                List<Finding> fs = g == null ? List.of() : g.findings();
                State st = State.of(s.present(), fs, s.fields(), s.checklist());
                sb.append("<section class=\"tile square ").append(st.css).append("\" data-square=\"").append(s.number())
                        .append("\" data-state=\"").append(st.css).append("\">\n<h4>").append(stateTag(st)).append("Square ")
                        .append(s.number()).append(": ").append(esc(s.title())).append("</h4>\n<p class=\"score\">")
                        .append(s.present() ? s.fields() + " answered" : "missing from the canvas")
                        .append(s.checklist().total() > 0 ? ", checklist " + s.checklist() : "").append("</p>\n");
                findings(fs, f.file(), sb);
                sb.append("</section>\n");
            }
            Groups.Group gate = group(groups, "Phase " + p.number() + " validation gate");
            if (gate != null) {
                State st = State.of(true, gate.findings(), p.gate());
                sb.append("<section class=\"tile gate ").append(st.css).append("\" data-gate=\"").append(p.number())
                        .append("\" data-state=\"").append(st.css).append("\">\n<h4>").append(stateTag(st))
                        .append("Phase ").append(p.number()).append(" validation gate</h4>\n<p class=\"score\">")
                        .append(p.gate()).append(" confirmed</p>\n");
                findings(gate.findings(), f.file(), sb);
                sb.append("</section>\n");
            }
            sb.append("</section>\n");
        }
        sb.append("</div>\n");
        for (Groups.Group g : groups) {
            boolean shown = g.name().equals("Prerequisites") || g.name().startsWith("Square ") || g.name().startsWith("Phase ");
            if (!shown && !g.findings().isEmpty()) {
                sb.append("<section class=\"other\"><h3>").append(g.name().equals("File") ? "Other findings" : esc(g.name()))
                        .append("</h3>\n");
                findings(g.findings(), f.file(), sb);
                sb.append("</section>\n");
            }
        }
        sb.append("</article>\n");
    }

    /**
     * The canvas at a glance: a gauge of everything that counts, a bar per kind of item (the legend of the phases'
     * split bars), and the sign-offs.
     */
    private static void summary(Readiness r, Verdict v, int n, StringBuilder sb) {
        int pct = r.overall().percent();
        sb.append("<section class=\"summary\" aria-label=\"Readiness\">\n<figure class=\"gauge g-").append(v.id())
                .append("\"><svg viewBox=\"0 0 36 36\" width=\"104\" height=\"104\" role=\"img\" aria-label=\"").append(pct)
                .append("% ready\"><circle cx=\"18\" cy=\"18\" r=\"15.9155\" fill=\"none\" stroke=\"#e6e6e6\" stroke-width=\"3.6\"/>")
                .append("<circle class=\"arc\" cx=\"18\" cy=\"18\" r=\"15.9155\" fill=\"none\" stroke-width=\"3.6\" stroke-dasharray=\"")
                .append(pct).append(' ').append(100 - pct).append("\" transform=\"rotate(-90 18 18)\"/>")
                .append("<text x=\"18\" y=\"18\" text-anchor=\"middle\" dominant-baseline=\"central\">").append(pct)
                .append("%</text></svg><figcaption>ready: ").append(r.overall()).append(" items</figcaption></figure>\n");
        sb.append("<div class=\"parts\">\n");
        if (r.prerequisites().total() > 0) {
            part("prerequisites", "Prerequisites", r.prerequisites(), sb);
        }
        part("fields", "Fields answered", r.fields(), sb);
        part("gate", "Gate items", r.gates(), sb);
        if (r.checklist().total() > 0) {
            part("checklist", "Readiness checklist", r.checklist(), sb);
        }
        sb.append("</div>\n");
        if (!r.signoffs().isEmpty()) {
            sb.append("<table class=\"signoffs\" aria-labelledby=\"canvas-").append(n).append("-signoffs\">\n<caption id=\"canvas-")
                    .append(n).append("-signoffs\">Sign-offs ").append(r.signed()).append("</caption>\n")
                    .append("<thead><tr><th scope=\"col\">Role</th><th scope=\"col\">Name</th><th scope=\"col\">Date</th>")
                    .append("<th scope=\"col\">Missing</th></tr></thead>\n<tbody>\n");
            for (SignoffState s : r.signoffs()) {
                sb.append("<tr class=\"").append(s.signed() ? "signed" : "unsigned").append("\"><th scope=\"row\">")
                        .append(esc(s.role())).append(" <span class=\"covers\">").append(esc(s.covers())).append("</span></th><td>")
                        .append(esc(s.name())).append("</td><td>")
                        .append(s.date().map(d -> "<time datetime=\"" + d + "\">" + d + "</time>").orElse(""))
                        .append("</td><td>").append(s.signed() ? "<span aria-hidden=\"true\">✓</span> nothing"
                                : "<span aria-hidden=\"true\">✗</span> " + esc(s.missing()))
                        .append("</td></tr>\n");
            }
            sb.append("</tbody>\n</table>\n");
        }
        sb.append("</section>\n");
    }

    /** One kind of item's bar in the summary: its colour is the legend of the phases' split bars. */
    private static void part(String kind, String name, Progress p, StringBuilder sb) {
        sb.append("<div class=\"part\"><span class=\"part-name\"><span class=\"swatch k-").append(kind)
                .append("\" aria-hidden=\"true\"></span>").append(name).append("</span><span class=\"track\" role=\"progressbar\"")
                .append(" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\"").append(p.percent()).append("\" aria-label=\"")
                .append(name).append("\">");
        segment(kind, p, sb);
        sb.append("</span><span class=\"part-value\">").append(p).append("</span></div>\n");
    }

    /** A part of a split bar, as wide as its share of the items and filled as far as they are done. */
    private static void segment(String kind, Progress p, StringBuilder sb) {
        if (p.total() == 0) {
            return;
        }
        sb.append("<span class=\"seg k-").append(kind).append("\" style=\"flex-grow:").append(p.total())
                .append("\" title=\"").append(kind).append(' ').append(p).append("\"><span class=\"fill\" style=\"width:")
                .append(p.percent()).append("%\"></span></span>");
    }

    private static Groups.Group group(List<Groups.Group> groups, String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * The findings of a tile. Those of one kind (one rule and severity, and the same fix but for the item it quotes:
     * the unticked boxes of a checklist, the placeholders of a square) are listed together under one fix. Places are
     * lines of the canvas, named above; a place in another file (a separate checklist) is given whole.
     */
    private static void findings(List<Finding> fs, String file, StringBuilder sb) {
        if (fs.isEmpty()) {
            return;
        }
        Map<List<Object>, List<Finding>> folds = new LinkedHashMap<>();
        for (Finding x : fs) {
            // a waived finding keeps its own waiver: never folded
            Object key = x.counts() ? how(x.fix()) : x;
            folds.computeIfAbsent(List.of(x.rule(), x.severity(), x.counts(), key), k -> new ArrayList<>()).add(x);
        }
        sb.append("<ul class=\"findings\">\n");
        for (List<Finding> fold : folds.values()) {
            Finding x = fold.get(0);
            sb.append("<li class=\"").append(x.counts() ? x.severity().id() : "waived").append("\"><span class=\"sev\">")
                    .append(x.counts() ? "" : "waived ").append(x.severity().id()).append("</span> ");
            if (fold.size() == 1) {
                String at = place(x.location(), file);
                sb.append(esc(x.message())).append(" <span class=\"where\">").append(at.isEmpty() ? "" : at + " · ")
                        .append(esc(x.rule())).append("</span><br><span class=\"fix\">Fix: ").append(esc(x.fix())).append("</span>")
                        .append(x.waiver().map(w -> "<br><span class=\"fix\">Waived: " + esc(w.reason()) + " (approved by "
                                + esc(w.approver()) + ")</span>").orElse(""));
            } else {
                String how = how(x.fix());
                sb.append(fold.size()).append(" × <span class=\"rule\">").append(esc(x.rule())).append("</span>\n<ul class=\"items\">\n");
                for (Finding m : fold) {
                    String at = place(m.location(), file);
                    sb.append("<li>").append(esc(m.message()))
                            .append(at.isEmpty() ? "" : " <span class=\"where\">" + at + "</span>")
                            .append("</li>\n");
                }
                sb.append("</ul>\n<span class=\"fix\">Fix each: ").append(esc(how.isEmpty() ? x.fix() : how)).append("</span>");
            }
            sb.append("</li>\n");
        }
        sb.append("</ul>\n");
    }

    /** What a fix says to do, without the item it quotes: "make it true, then tick it". */
    private static String how(String fix) {
        int quote = fix.indexOf('\'');
        String how = (quote < 0 ? fix : fix.substring(0, quote)).strip();
        return how.endsWith(":") ? how.substring(0, how.length() - 1) : how;
    }

    /** "line N" for a place in the canvas, the whole place for one in another file, "" for the canvas itself (escaped). */
    private static String place(Location l, String file) {
        if (!l.file().equals(file)) {
            return esc(l.toString());
        }
        return l.hasLine() ? "line " + l.line() : "";
    }

    private static String stateTag(State st) {
        return "<span class=\"state\"><span aria-hidden=\"true\">" + st.icon + "</span> " + st.label + "</span> ";
    }

    /** A verdict as a coloured badge with its icon, in the canvas's words ({@code label}). */
    private static String verdictBadge(Verdict v, String label) {
        return "<span class=\"badge v-" + v.id() + "\"><span aria-hidden=\"true\">" + icon(v) + "</span> " + esc(label) + "</span>";
    }

    private static String icon(Verdict v) {
        return switch (v) {
            case GO -> "✓";
            case FIX_GAPS -> "!";
            case DO_NOT_DEPLOY -> "✗";
        };
    }

    /**
     * Escapes text for HTML content and attribute values (XML's escaping serves HTML too), after
     * {@link Untrusted#printable}: a page's source is also read in logs and terminals.
     */
    static String esc(String s) {
        return Xml.escape(Untrusted.printable(s));
    }

    // Colours meet WCAG AA contrast (4.5:1) for their text; state is also given by icon and word.
    private static final String CSS = """
            :root { --ok: #1b5e20; --ok-bg: #e8f5e9; --gap: #7a4a00; --gap-bg: #fff4e0; --bad: #b71c1c; --bad-bg: #fdecea;
                    --ink: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; }
            * { box-sizing: border-box; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink);
                   margin: 0; padding: 16px 20px; font-size: 13px; line-height: 1.35; background: #fff; }
            h1 { font-size: 20px; margin: 0 0 2px; } h2 { font-size: 17px; margin: 18px 0 8px; word-break: break-all; }
            h3 { font-size: 14px; margin: 0 0 6px; } h4 { font-size: 13px; margin: 0 0 4px; }
            .template, .meta { color: var(--muted); margin: 0 0 2px; } .template { margin-bottom: 8px; }
            code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 10px; }
            th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; } td:nth-child(n+3) { text-align: right; }
            a { color: #0b4f9c; }
            .badge { font-weight: 600; padding: 1px 6px; border-radius: 4px; white-space: nowrap; }
            .v-go { color: var(--ok); background: var(--ok-bg); } .v-fix-gaps { color: var(--gap); background: var(--gap-bg); }
            .v-do-not-deploy { color: var(--bad); background: var(--bad-bg); }
            .verdict { border: 2px solid currentColor; border-radius: 6px; padding: 8px 12px; margin: 0 0 10px; font-size: 15px; }
            .verdict .icon { font-weight: 700; font-size: 18px; } .verdict .reason { color: var(--ink); }
            .verdict .counts { display: block; color: var(--muted); font-size: 12px; margin-top: 2px; }
            .progress { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 4px 16px; margin: 8px 0 10px; }
            .bar { display: grid; grid-template-columns: 1fr; font-size: 12px; }
            .track { display: flex; gap: 2px; height: 10px; background: #fff; border: 1px solid #9e9e9e; border-radius: 4px; overflow: hidden; }
            .seg { display: block; flex: 1 1 0; min-width: 4px; height: 100%; }
            .fill { display: block; height: 100%; }
            .k-prerequisites { --k: #6d5a3f; --k-bg: #ece6dc; } .k-fields { --k: #2e6fba; --k-bg: #dbe7f5; }
            .k-gate { --k: #7b4fa6; --k-bg: #ebe1f4; } .k-checklist { --k: #00796b; --k-bg: #d3ece8; }
            .seg { background: var(--k-bg); } .seg .fill { background: var(--k); } .swatch { background: var(--k); }
            .bar-value { color: var(--muted); }
            .summary { display: flex; flex-wrap: wrap; gap: 12px 28px; align-items: flex-start; margin: 0 0 10px; }
            .gauge { margin: 0; text-align: center; color: var(--muted); font-size: 12px; }
            .gauge svg { display: block; margin: 0 auto 2px; }
            .gauge text { font-size: 8px; font-weight: 700; fill: var(--ink); }
            .g-go .arc { stroke: var(--ok); } .g-fix-gaps .arc { stroke: #b26a00; } .g-do-not-deploy .arc { stroke: var(--bad); }
            .parts { flex: 1 1 300px; max-width: 520px; display: grid; gap: 6px; padding-top: 8px; }
            .part { display: grid; grid-template-columns: 150px 1fr 64px; align-items: center; gap: 8px; }
            .part-value { text-align: right; font-variant-numeric: tabular-nums; }
            .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
            table.signoffs { flex: 1 1 360px; width: auto; max-width: 560px; margin: 0; font-size: 12px; }
            .signoffs caption { text-align: left; font-weight: 700; padding-bottom: 3px; }
            .signoffs th, .signoffs td { text-align: left; padding: 2px 6px; }
            .signoffs th[scope="row"] { font-weight: 600; } .covers { display: block; font-weight: 400; color: var(--muted); font-size: 11px; }
            .signoffs .signed td:last-child { color: var(--ok); } .signoffs .unsigned td:last-child { color: var(--bad); font-weight: 600; }
            .grid { display: grid; gap: 8px; align-items: start; }
            .phase { border-top: 3px solid #2e6fba; padding-top: 4px; min-width: 0; }
            .tile { border: 1px solid var(--line); border-left-width: 6px; border-radius: 4px; padding: 6px 8px; margin: 0 0 8px; }
            .tile.complete { border-left-color: var(--ok); background: var(--ok-bg); }
            .tile.gaps { border-left-color: #b26a00; background: var(--gap-bg); }
            .tile.incomplete { border-left-color: var(--bad); background: var(--bad-bg); }
            .state { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .02em; }
            .complete .state { color: var(--ok); } .gaps .state { color: var(--gap); } .incomplete .state { color: var(--bad); }
            .score { margin: 0 0 4px; color: var(--muted); }
            .findings { margin: 0; padding-left: 16px; font-size: 12px; overflow-wrap: anywhere; }
            .findings li { margin: 2px 0; } .findings .items { margin: 1px 0 2px; padding-left: 14px; } .sev { font-weight: 700; text-transform: uppercase; font-size: 10px; }
            .blocker .sev { color: var(--bad); } .gap .sev { color: var(--gap); } .warning .sev { color: var(--muted); }
            .where, .fix, .rule { color: var(--muted); } .waived { color: var(--muted); } .waived .sev { color: var(--muted); }
            .prerequisites { max-width: 100%; }
            .other { margin-top: 8px; }
            @media print {
              @page { size: landscape; margin: 8mm; }
              body { padding: 0; font-size: 8px; line-height: 1.2; }
              h1 { font-size: 13px; } h2 { font-size: 11px; margin: 0 0 4px; } h3 { font-size: 9px; margin: 0 0 3px; }
              h4 { font-size: 8px; margin: 0 0 2px; }
              .overview { break-after: page; }
              .canvas + .canvas { break-before: page; }
              .verdict { font-size: 10px; padding: 3px 6px; margin: 0 0 4px; } .verdict .icon { font-size: 11px; }
              .verdict .counts { font-size: 8px; }
              .progress { grid-template-columns: repeat(5, minmax(0, 1fr)); margin: 3px 0 4px; gap: 2px 8px; font-size: 7px; }
              .bar { font-size: 7px; } .track { height: 5px; }
              .summary { gap: 4px 14px; margin: 0 0 4px; font-size: 7px; } .gauge { font-size: 7px; }
              .gauge svg { width: 52px; height: 52px; } .parts { gap: 2px; padding-top: 2px; }
              .part { grid-template-columns: 90px 1fr 40px; gap: 4px; }
              table.signoffs { font-size: 7px; } .signoffs th, .signoffs td { padding: 0 3px; } .covers { display: none; }
              .grid { gap: 4px; } .tile { padding: 2px 4px; margin: 0 0 3px; border-left-width: 4px; }
              .state { font-size: 6.5px; } .score { margin: 0 0 1px; }
              .findings { font-size: 6.5px; padding-left: 9px; } .findings li { margin: 0; } .sev { font-size: 6px; }
              .where, .fix, .findings br { display: none; }
              .tile, .bar, .findings li { break-inside: avoid; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;
}

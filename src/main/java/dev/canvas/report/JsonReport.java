package dev.canvas.report;

import dev.canvas.model.CheckReport;
import dev.canvas.model.FileResult;
import dev.canvas.model.Finding;
import dev.canvas.model.Progress;
import dev.canvas.model.Readiness;
import dev.canvas.model.Severity;
import dev.canvas.model.Verdict;
import dev.canvas.text.JsonWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON report. Stable: keys keep their order, fields are only ever added, and absent values are
 * {@code null} rather than missing. Documented in the README ("JSON output").
 */
public final class JsonReport {

    /** Bumped only when a field changes meaning or disappears. */
    public static final int FORMAT_VERSION = 1;

    private JsonReport() {
    }

    public static String render(CheckReport report, ReportContext ctx) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("verdict", report.status());
        root.put("exitCode", ctx.exitCodeOrNull());
        root.put("errors", report.errors());
        root.put("skipped", report.skipped().stream().map(k -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", k.path());
            m.put("reason", k.reason());
            return m;
        }).toList());
        root.put("template", report.template());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", report.files().size());
        for (Verdict v : Verdict.values()) {
            summary.put(v.id(), report.files().stream().filter(f -> f.decision().verdict() == v).count());
        }
        root.put("summary", summary);
        List<Object> files = new ArrayList<>();
        for (FileResult f : report.files()) {
            files.add(file(f));
        }
        root.put("files", files);
        return JsonWriter.write(root);
    }

    private static Map<String, Object> file(FileResult f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", f.file());
        m.put("format", f.format().id());
        m.put("verdict", f.decision().verdict().id());
        m.put("label", f.decision().label());
        m.put("reason", f.decision().reason());
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            counts.put(s.id(), f.count(s));
        }
        counts.put("waived", f.waived());
        m.put("counts", counts);
        m.put("readiness", readiness(f.readiness()));
        List<Object> findings = new ArrayList<>();
        for (Finding x : f.findings()) {
            findings.add(finding(x));
        }
        m.put("findings", findings);
        List<Object> omitted = new ArrayList<>();
        for (FileResult.Omitted o : f.omitted()) {
            Map<String, Object> om = new LinkedHashMap<>();
            om.put("rule", o.rule());
            om.put("severity", o.severity().id());
            om.put("waived", o.waived());
            om.put("count", o.count());
            omitted.add(om);
        }
        m.put("omitted", omitted);
        return m;
    }

    private static Map<String, Object> readiness(Readiness r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("overall", progress(r.overall()));
        m.put("prerequisites", progress(r.prerequisites()));
        m.put("checklist", progress(r.checklist()));
        List<Object> phases = new ArrayList<>();
        for (Readiness.PhaseReadiness p : r.phases()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("number", p.number());
            pm.put("title", p.title());
            pm.put("fields", progress(p.fields()));
            pm.put("gate", progress(p.gate()));
            pm.put("checklist", progress(p.checklist()));
            List<Object> squares = new ArrayList<>();
            for (Readiness.SquareReadiness s : p.squares()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("number", s.number());
                sm.put("title", s.title());
                sm.put("present", s.present());
                sm.put("fields", progress(s.fields()));
                sm.put("checklist", progress(s.checklist()));
                squares.add(sm);
            }
            pm.put("squares", squares);
            phases.add(pm);
        }
        m.put("phases", phases);
        return m;
    }

    private static Map<String, Object> progress(Progress p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("done", p.done());
        m.put("total", p.total());
        m.put("percent", p.percent());
        return m;
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.rule());
        m.put("severity", f.severity().id());
        m.put("phase", f.subject().phase() == 0 ? null : f.subject().phase());
        m.put("square", f.subject().square() == 0 ? null : f.subject().square());
        m.put("field", f.subject().field().isEmpty() ? null : f.subject().field());
        m.put("checklist", f.subject().checklist().isEmpty() ? null : f.subject().checklist());
        m.put("item", f.subject().item().isEmpty() ? null : f.subject().item());
        m.put("message", f.message());
        m.put("fix", f.fix());
        m.put("file", f.location().file());
        m.put("line", f.location().line() == 0 ? null : f.location().line());
        m.put("column", f.location().column() == 0 ? null : f.location().column());
        m.put("waiver", f.waiver().map(w -> {
            Map<String, Object> wm = new LinkedHashMap<>();
            wm.put("reason", w.reason());
            wm.put("approvedBy", w.approver());
            wm.put("expires", w.expires().map(Object::toString).orElse(null));
            wm.put("location", w.location().toString());
            return (Object) wm;
        }).orElse(null));
        return m;
    }
}

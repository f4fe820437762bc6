package dev.canvas.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.canvas.model.CheckReport;
import dev.canvas.model.FileResult;
import dev.canvas.model.Finding;
import dev.canvas.model.Progress;
import dev.canvas.model.Readiness;
import dev.canvas.model.Severity;
import dev.canvas.model.Skip;
import dev.canvas.model.TemplateRef;
import dev.canvas.model.Verdict;
import dev.canvas.model.Waiver;
import dev.canvas.text.Json;
import java.io.IOException;

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
        return Json.write(g -> {
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("verdict", report.status());
            number(g, "exitCode", ctx.exitCodeOrNull());
            g.writeArrayFieldStart("errors");
            for (String e : report.errors()) {
                g.writeString(e);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("skipped");
            for (Skip k : report.skipped()) {
                g.writeStartObject();
                g.writeStringField("path", k.path());
                g.writeStringField("reason", k.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", report.files().size());
            for (Verdict v : Verdict.values()) {
                g.writeNumberField(v.id(), report.files().stream().filter(f -> f.decision().verdict() == v).count());
            }
            // in the canvases' words, as the text and HTML reports put them: a run of POC canvases "do not build"
            g.writeStringField("label", report.complete() ? TextReport.word(report, report.verdict()) : report.status());
            g.writeStringField("text", String.join(", ", TextReport.tally(report)));
            g.writeEndObject();
            g.writeArrayFieldStart("files");
            for (FileResult f : report.files()) {
                file(g, f);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void file(JsonGenerator g, FileResult f) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", f.file());
        g.writeStringField("format", f.format().id());
        g.writeStringField("verdict", f.decision().verdict().id());
        g.writeStringField("label", f.decision().label());
        g.writeStringField("reason", f.decision().reason());
        g.writeFieldName("template");
        if (f.template().isEmpty()) {
            g.writeNull();
        } else {
            TemplateRef t = f.template().get();
            g.writeStartObject();
            g.writeStringField("name", t.name());
            g.writeStringField("kind", t.kind());
            g.writeStringField("source", t.source());
            g.writeEndObject();
        }
        g.writeObjectFieldStart("counts");
        for (Severity s : Severity.values()) {
            g.writeNumberField(s.id(), f.count(s));
        }
        g.writeNumberField("waived", f.waived());
        g.writeEndObject();
        g.writeFieldName("readiness");
        readiness(g, f.readiness());
        g.writeArrayFieldStart("findings");
        for (Finding x : f.findings()) {
            finding(g, x);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("omitted");
        for (FileResult.Omitted o : f.omitted()) {
            g.writeStartObject();
            g.writeStringField("rule", o.rule());
            g.writeStringField("severity", o.severity().id());
            g.writeBooleanField("waived", o.waived());
            g.writeNumberField("count", o.count());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void readiness(JsonGenerator g, Readiness r) throws IOException {
        g.writeStartObject();
        progress(g, "overall", r.overall());
        progress(g, "prerequisites", r.prerequisites());
        progress(g, "checklist", r.checklist());
        g.writeArrayFieldStart("phases");
        for (Readiness.PhaseReadiness p : r.phases()) {
            g.writeStartObject();
            g.writeNumberField("number", p.number());
            g.writeStringField("title", p.title());
            progress(g, "fields", p.fields());
            progress(g, "gate", p.gate());
            progress(g, "checklist", p.checklist());
            g.writeArrayFieldStart("squares");
            for (Readiness.SquareReadiness s : p.squares()) {
                g.writeStartObject();
                g.writeNumberField("number", s.number());
                g.writeStringField("title", s.title());
                g.writeBooleanField("present", s.present());
                progress(g, "fields", s.fields());
                progress(g, "checklist", s.checklist());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void progress(JsonGenerator g, String name, Progress p) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("done", p.done());
        g.writeNumberField("total", p.total());
        g.writeNumberField("percent", p.percent());
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.rule());
        g.writeStringField("severity", f.severity().id());
        number(g, "phase", f.subject().phase() == 0 ? null : f.subject().phase());
        number(g, "square", f.subject().square() == 0 ? null : f.subject().square());
        text(g, "field", f.subject().field());
        text(g, "checklist", f.subject().checklist());
        text(g, "item", f.subject().item());
        g.writeStringField("message", f.message());
        g.writeStringField("fix", f.fix());
        g.writeStringField("file", f.location().file());
        number(g, "line", f.location().line() == 0 ? null : f.location().line());
        number(g, "column", f.location().column() == 0 ? null : f.location().column());
        g.writeFieldName("waiver");
        if (f.waiver().isEmpty()) {
            g.writeNull();
        } else {
            Waiver w = f.waiver().get();
            g.writeStartObject();
            g.writeStringField("reason", w.reason());
            g.writeStringField("approvedBy", w.approver());
            g.writeStringField("expires", w.expires().map(Object::toString).orElse(null));
            g.writeStringField("location", w.location().toString());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** A number, or null. */
    private static void number(JsonGenerator g, String name, Integer n) throws IOException {
        g.writeFieldName(name);
        if (n == null) {
            g.writeNull();
        } else {
            g.writeNumber(n);
        }
    }

    /** Text, or null for none. */
    private static void text(JsonGenerator g, String name, String s) throws IOException {
        g.writeStringField(name, s.isEmpty() ? null : s);
    }
}

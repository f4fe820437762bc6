package dev.canvas.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.canvas.model.CheckReport;
import dev.canvas.model.FileResult;
import dev.canvas.model.Finding;
import dev.canvas.model.RuleInfo;
import dev.canvas.model.Severity;
import dev.canvas.model.Skip;
import dev.canvas.model.Waiver;
import dev.canvas.text.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * SARIF 2.1.0, as GitHub code scanning and other static-analysis viewers read it: the rules with their help,
 * one result per finding with its region, file URIs relative to {@code %SRCROOT%} (the directory canvas ran
 * in). Blockers are errors, gaps warnings, warnings notes.
 */
public final class SarifReport {

    /**
     * Where the tool is described: the project's address, the pom's {@code <url>} (CiRecipesTest holds every place
     * that names the project to it).
     */
    public static final String INFORMATION_URI = "https://github.com/canvas-method/canvas";

    private SarifReport() {
    }

    public static String render(CheckReport report, ReportContext ctx) {
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < report.rules().size(); i++) {
            ruleIndex.put(report.rules().get(i).id(), i);
        }
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("properties");
            g.writeStringField("verdict", report.status());
            g.writeArrayFieldStart("canvases");
            for (FileResult f : report.files()) {
                g.writeStartObject();
                g.writeStringField("file", uri(f.file(), ctx.workDir()));
                g.writeStringField("verdict", f.decision().verdict().id());
                g.writeNumberField("readinessPercent", f.readiness().overall().percent());
                if (f.readiness().checklist().total() > 0) {
                    g.writeNumberField("checklistPercent", f.readiness().checklist().percent());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "canvas");
            g.writeStringField("version", ctx.toolVersion());
            g.writeStringField("semanticVersion", ctx.toolVersion());
            g.writeStringField("informationUri", INFORMATION_URI);
            g.writeArrayFieldStart("rules");
            for (RuleInfo r : report.rules()) {
                rule(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("invocations");
            invocation(g, report, ctx);
            g.writeEndArray();
            g.writeObjectFieldStart("originalUriBaseIds");
            g.writeObjectFieldStart("%SRCROOT%");
            g.writeStringField("uri", dirUri(ctx.workDir()));
            text(g, "description", "The directory canvas ran in.");
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (FileResult f : report.files()) {
                for (Finding x : f.findings()) {
                    result(g, x, ruleIndex.getOrDefault(x.rule(), -1), uri(x.location().file(), ctx.workDir()));
                }
            }
            g.writeEndArray();
            g.writeStringField("columnKind", "utf16CodeUnits");
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** Whether the run succeeded, its exit code, and each error as a notification: a failed run never reads as a pass. */
    private static void invocation(JsonGenerator g, CheckReport report, ReportContext ctx) throws IOException {
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", report.complete());
        if (ctx.exitCode() >= 0) {
            g.writeNumberField("exitCode", ctx.exitCode());
        }
        if (!report.problems().isEmpty() || !report.skipped().isEmpty()) {
            g.writeArrayFieldStart("toolExecutionNotifications");
            for (String e : report.problems()) {
                notification(g, "error", e);
            }
            for (Skip k : report.skipped()) {
                notification(g, "warning", "not checked: " + k);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void notification(JsonGenerator g, String level, String text) throws IOException {
        g.writeStartObject();
        g.writeStringField("level", level);
        text(g, "message", text);
        g.writeEndObject();
    }

    private static void rule(JsonGenerator g, RuleInfo r) throws IOException {
        String summary = sentence(r.summary());
        String help = (r.help().isEmpty() ? "Checks that " + r.summary() + "." : sentence(r.help())) + " Severity "
                + r.severity().id() + ": "
                + switch (r.severity()) {
                    case BLOCKER -> "a finding makes the verdict do-not-deploy.";
                    case GAP -> "a finding makes the verdict fix-gaps.";
                    case WARNING -> "shown, but does not change the verdict.";
                };
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("name", camel(r.id()));
        text(g, "shortDescription", summary);
        text(g, "fullDescription", summary);
        g.writeObjectFieldStart("help");
        g.writeStringField("text", help);
        g.writeStringField("markdown", help);
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(r.severity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("tags");
        g.writeString("canvas");
        g.writeEndArray();
        g.writeStringField("severity", r.severity().id());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void result(JsonGenerator g, Finding x, int ruleIndex, String uri) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", x.rule());
        if (ruleIndex >= 0) {
            g.writeNumberField("ruleIndex", ruleIndex);
        }
        g.writeStringField("level", level(x.severity()));
        text(g, "message", sentence(x.message()) + " Fix: " + sentence(x.fix()));
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri);
        if (!uri.startsWith("file:")) {
            g.writeStringField("uriBaseId", "%SRCROOT%");
        }
        g.writeEndObject();
        if (x.location().hasLine()) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", x.location().line());
            if (x.location().column() > 0) {
                g.writeNumberField("startColumn", x.location().column());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        if (x.waiver().isPresent()) {
            Waiver w = x.waiver().get();
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "external");
            g.writeStringField("status", "accepted");
            g.writeStringField("justification", w.reason() + " (approved by " + w.approver() + ", until "
                    + w.expires().map(Object::toString).orElse("?") + ")");
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("severity", x.severity().id());
        if (x.subject().square() > 0) {
            g.writeNumberField("square", x.subject().square());
        }
        if (!x.subject().field().isEmpty()) {
            g.writeStringField("field", x.subject().field());
        }
        if (!x.subject().item().isEmpty()) {
            g.writeStringField("checklist", x.subject().checklist());
            g.writeStringField("item", x.subject().item());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A SARIF message object: {@code {"text": ...}}. */
    private static void text(JsonGenerator g, String name, String text) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    private static String level(Severity s) {
        return switch (s) {
            case BLOCKER -> "error";
            case GAP -> "warning";
            case WARNING -> "note";
        };
    }

    /** A path relative to the work directory as a relative URI; a path outside it as an absolute file URI. */
    static String uri(String file, Path workDir) {
        Path abs = workDir.resolve(file).toAbsolutePath().normalize();
        Path base = workDir.toAbsolutePath().normalize();
        if (abs.startsWith(base)) {
            Path rel = base.relativize(abs);
            StringBuilder sb = new StringBuilder();
            for (Path part : rel) {
                if (sb.length() > 0) {
                    sb.append('/');
                }
                sb.append(encode(part.toString()));
            }
            return sb.toString();
        }
        return abs.toUri().toString();
    }

    private static String encode(String segment) {
        StringBuilder sb = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    private static String dirUri(Path dir) {
        String u = dir.toAbsolutePath().normalize().toUri().toString();
        return u.endsWith("/") ? u : u + "/";
    }

    private static String sentence(String s) {
        String t = s.strip();
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
    }

    private static String camel(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }

}

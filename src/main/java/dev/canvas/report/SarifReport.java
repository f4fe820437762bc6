package dev.canvas.report;

import dev.canvas.model.CheckReport;
import dev.canvas.model.FileResult;
import dev.canvas.model.Finding;
import dev.canvas.model.RuleInfo;
import dev.canvas.model.Severity;
import dev.canvas.model.Skip;
import dev.canvas.text.JsonWriter;
import static dev.canvas.text.JsonWriter.map;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, as GitHub code scanning and other static-analysis viewers read it: the rules with their help,
 * one result per finding with its region, file URIs relative to {@code %SRCROOT%} (the directory canvas ran
 * in). Blockers are errors, gaps warnings, warnings notes.
 */
public final class SarifReport {

    /** Where the tool is described: its README (a URN, as canvas has no public home page of its own yet). */
    static final String INFORMATION_URI = "urn:canvas:readme";

    private SarifReport() {
    }

    public static String render(CheckReport report, ReportContext ctx) {
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<Object> rules = new ArrayList<>();
        for (RuleInfo r : report.rules()) {
            ruleIndex.put(r.id(), rules.size());
            rules.add(rule(r));
        }
        List<Object> results = new ArrayList<>();
        for (FileResult f : report.files()) {
            for (Finding x : f.findings()) {
                results.add(result(x, ruleIndex.getOrDefault(x.rule(), -1), uri(x.location().file(), ctx.workDir())));
            }
        }
        Map<String, Object> driver = map(
                "name", "canvas",
                "version", ctx.toolVersion(),
                "semanticVersion", ctx.toolVersion(),
                "informationUri", INFORMATION_URI,
                
                "rules", rules);
        List<Object> scores = new ArrayList<>();
        for (FileResult f : report.files()) {
            Map<String, Object> score = map("file", uri(f.file(), ctx.workDir()), "verdict", f.decision().verdict().id(),
                    "readinessPercent", f.readiness().overall().percent());
            if (f.readiness().checklist().total() > 0) {
                score.put("checklistPercent", f.readiness().checklist().percent());
            }
            scores.add(score);
        }
        Map<String, Object> run = map(
                "properties", map("verdict", report.status(), "canvases", scores),
                "tool", map("driver", driver),
                "invocations", List.of(invocation(report, ctx)),
                "originalUriBaseIds", map("%SRCROOT%", map("uri", dirUri(ctx.workDir()),
                        "description", map("text", "The directory canvas ran in."))),
                "results", results,
                "columnKind", "utf16CodeUnits");
        Map<String, Object> sarif = map(
                "$schema", "https://json.schemastore.org/sarif-2.1.0.json",
                "version", "2.1.0",
                "runs", List.of(run));
        return JsonWriter.write(sarif);
    }

    /** Whether the run succeeded, its exit code, and each error as a notification: a failed run never reads as a pass. */
    private static Map<String, Object> invocation(CheckReport report, ReportContext ctx) {
        Map<String, Object> m = map("executionSuccessful", report.complete());
        if (ctx.exitCode() >= 0) {
            m.put("exitCode", ctx.exitCode());
        }
        List<Object> notes = new ArrayList<>();
        for (String e : report.problems()) {
            notes.add(map("level", "error", "message", map("text", e)));
        }
        for (Skip k : report.skipped()) {
            notes.add(map("level", "warning", "message", map("text", "not checked: " + k)));
        }
        if (!notes.isEmpty()) {
            m.put("toolExecutionNotifications", notes);
        }
        return m;
    }

    private static Map<String, Object> rule(RuleInfo r) {
        String summary = sentence(r.summary());
        String help = (r.help().isEmpty() ? "Checks that " + r.summary() + "." : sentence(r.help())) + " Severity "
                + r.severity().id() + ": "
                + switch (r.severity()) {
                    case BLOCKER -> "a finding makes the verdict do-not-deploy.";
                    case GAP -> "a finding makes the verdict fix-gaps.";
                    case WARNING -> "shown, but does not change the verdict.";
                };
        return map(
                "id", r.id(),
                "name", camel(r.id()),
                "shortDescription", map("text", summary),
                "fullDescription", map("text", summary),
                "help", map("text", help, "markdown", help),
                "defaultConfiguration", map("level", level(r.severity())),
                "properties", map("tags", List.of("canvas"), "severity", r.severity().id()));
    }

    private static Map<String, Object> result(Finding x, int ruleIndex, String uri) {
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", artifactLocation(uri));
        if (x.location().hasLine()) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", x.location().line());
            if (x.location().column() > 0) {
                region.put("startColumn", x.location().column());
            }
            physical.put("region", region);
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ruleId", x.rule());
        if (ruleIndex >= 0) {
            r.put("ruleIndex", ruleIndex);
        }
        r.put("level", level(x.severity()));
        r.put("message", map("text", sentence(x.message()) + " Fix: " + sentence(x.fix())));
        r.put("locations", List.of(map("physicalLocation", physical)));
        x.waiver().ifPresent(w -> r.put("suppressions", List.of(map("kind", "external", "status", "accepted",
                "justification", w.reason() + " (approved by " + w.approver() + ", until "
                        + w.expires().map(Object::toString).orElse("?") + ")"))));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("severity", x.severity().id());
        if (x.subject().square() > 0) {
            props.put("square", x.subject().square());
        }
        if (!x.subject().field().isEmpty()) {
            props.put("field", x.subject().field());
        }
        if (!x.subject().item().isEmpty()) {
            props.put("checklist", x.subject().checklist());
            props.put("item", x.subject().item());
        }
        r.put("properties", props);
        return r;
    }

    private static Map<String, Object> artifactLocation(String uri) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uri", uri);
        if (!uri.startsWith("file:")) {
            m.put("uriBaseId", "%SRCROOT%");
        }
        return m;
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
        for (byte b : segment.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
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

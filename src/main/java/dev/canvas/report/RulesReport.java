package dev.canvas.report;

import static dev.canvas.text.Untrusted.printable;

import dev.canvas.model.RuleInfo;
import dev.canvas.text.Json;
import java.util.List;

/** The rule catalogue ({@code canvas rules}) as text, JSON or a Markdown table (the README's rule table). */
public final class RulesReport {

    private RulesReport() {
    }

    /** One line per rule: id, severity and what it checks, in aligned columns. */
    public static String text(List<RuleInfo> rules) {
        int w = rules.stream().mapToInt(r -> r.id().length()).max().orElse(4);
        StringBuilder sb = new StringBuilder();
        for (RuleInfo r : rules) {
            sb.append(String.format("%-" + w + "s  %-7s  %s%n", printable(r.id()), r.severity().id(), printable(r.summary())));
        }
        return sb.toString();
    }

    /** An array of {@code {id, severity, summary}}. */
    public static String json(List<RuleInfo> rules) {
        return Json.write(g -> {
            g.writeStartArray();
            for (RuleInfo r : rules) {
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("severity", r.severity().id());
                g.writeStringField("summary", r.summary());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    /** A Markdown table, as the README's rule table is written. */
    public static String markdown(List<RuleInfo> rules) {
        StringBuilder sb = new StringBuilder("| rule | severity | what it checks |\n|---|---|---|\n");
        rules.forEach(r -> sb.append("| `").append(printable(r.id())).append("` | ").append(r.severity().id()).append(" | ")
                .append(printable(r.summary())).append(" |\n"));
        return sb.toString();
    }
}

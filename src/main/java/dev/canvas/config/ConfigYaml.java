package dev.canvas.config;

import static dev.canvas.text.Untrusted.printable;

import dev.canvas.model.Waiver;
import dev.canvas.rules.RuleSet;
import dev.canvas.rules.RuleSpec;
import dev.canvas.text.Untrusted;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A configuration written back as a {@code .canvas.yaml} ({@code canvas config --print}): every rule in force with
 * its severity, {@code effective_from} and the parameters that differ from the built-in ones (the built-in ones as
 * comments: restating a default would tie the file to the templates whose fields it names), the rules turned off,
 * the rules of the project's own with all their settings, the two trust settings and the waivers. Read back as the
 * repository root's file (or {@code --config}), it gives the same rules.
 *
 * <p>What came from a nested file and is not the trusted configuration's to give (its waivers, which count as a canvas's
 * own waivers do) are written as comments. Every value a user wrote is quoted unless it is a plain word, with
 * YAML's escapes for what a terminal or CI log could act on, and comments show file names neutralised, so the
 * output is as safe to print as any report.
 */
public final class ConfigYaml {

    /** Text written without quotes: a word of letters, digits, '_', '.', '-' (no YAML 1.1 boolean or null). */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false",
            "null");
    /** A list longer than this on one line is written one item a line. */
    private static final int LINE = 100;

    private ConfigYaml() {
    }

    /** {@code config} as a YAML document, after {@code comments} (each written as a {@code #} line). */
    public static String write(CanvasConfig config, List<String> comments) {
        StringBuilder sb = new StringBuilder();
        for (String c : comments) {
            sb.append("# ").append(printable(c)).append('\n');
        }
        sb.append("extends: builtin\n");
        sb.append(ConfigLoader.ALLOW_CANVAS_WAIVERS).append(": ").append(config.policy().canvasWaivers())
                .append("        # root only\n");
        sb.append(ConfigLoader.ALLOW_NESTED_RELAXING).append(": ").append(config.policy().nestedRelaxing())
                .append("       # root only\n");
        sb.append("rules:\n");
        for (RuleSpec s : config.specs()) {
            rule(sb, s);
        }
        for (String d : config.disabled()) {
            int at = d.indexOf(" (");
            String id = at < 0 ? d : d.substring(0, at);
            String where = at < 0 ? "" : d.substring(at + 2, d.length() - 1);
            if (RuleSet.isBuiltIn(id)) {
                sb.append("  ").append(key(id)).append(": off").append(comment("turned off at " + where));
            } else {
                sb.append("  # ").append(printable(id)).append(": a rule of the project's own, turned off at ")
                        .append(printable(where)).append(" (so not written here)\n");
            }
        }
        if (!config.waivers().isEmpty()) {
            sb.append("waivers:\n");
            for (Waiver w : config.waivers()) {
                sb.append("  - rule: ").append(scalar(w.rule())).append(comment("at " + w.location()));
                if (!w.target().isEmpty()) {
                    sb.append("    item: ").append(scalar(w.target())).append('\n');
                }
                if (!w.reason().isEmpty()) {
                    sb.append("    reason: ").append(scalar(w.reason())).append('\n');
                }
                if (!w.approver().isEmpty()) {
                    sb.append("    approved_by: ").append(scalar(w.approver())).append('\n');
                }
                w.expires().ifPresent(e -> sb.append("    expires: ").append(e).append('\n'));
            }
        }
        if (!config.untrustedWaivers().isEmpty()) {
            sb.append("# waivers of nested .canvas.yaml files: they count as a canvas's own waivers do (never for a blocker),\n")
                    .append("# so they are not the root's to give; move them into waivers: above only on purpose\n");
            for (Waiver w : config.untrustedWaivers()) {
                sb.append("#   - {rule: ").append(scalar(w.rule())).append(", item: ").append(scalar(w.target()))
                        .append(", reason: ").append(scalar(w.reason())).append(", approved_by: ").append(scalar(w.approver()))
                        .append(", expires: ").append(w.expires().map(Object::toString).orElse("null")).append("}   # at ")
                        .append(printable(w.location().toString())).append('\n');
            }
        }
        return sb.toString();
    }

    private static void rule(StringBuilder sb, RuleSpec s) {
        Optional<RuleSpec> builtIn = RuleSet.builtInSpec(s.id());
        sb.append("  ").append(key(s.id())).append(':')
                .append(comment(RuleSpec.BUILT_IN_ORIGIN.equals(s.origin()) ? "built-in" : "set at " + s.origin()));
        String in = "    ";
        if (builtIn.isEmpty()) {
            sb.append(in).append("kind: ").append(scalar(s.kind())).append('\n');
        }
        sb.append(in).append("severity: ").append(s.severity().id()).append('\n');
        if (builtIn.isEmpty()) {
            sb.append(in).append("summary: ").append(scalar(s.summary())).append('\n');
        }
        s.effectiveFrom().ifPresent(d -> sb.append(in).append("effective_from: ").append(d).append('\n'));
        Map<String, Object> defaults = builtIn.map(RuleSpec::params).orElse(Map.of());
        for (Map.Entry<String, Object> p : s.params().entrySet()) {
            String k = p.getKey();
            if (k.equals("locked")) {
                continue; // not a setting: syntax-error and empty-canvas are locked whatever a file says
            }
            if (defaults.containsKey(k) && same(defaults.get(k), p.getValue())) {
                sb.append(in).append("# ").append(key(k)).append(": ").append(flow(p.getValue())).append("   # built-in\n");
            } else {
                value(sb, in, key(k), p.getValue());
            }
        }
        for (Map.Entry<String, Object> d : defaults.entrySet()) {
            if (!s.params().containsKey(d.getKey()) && !d.getKey().equals("locked")) {
                sb.append(in).append("# ").append(key(d.getKey())).append(": ").append(flow(d.getValue())).append("   # built-in\n");
            }
        }
    }

    /** {@code key: value} at {@code indent}: a mapping as a block, a long list one item a line, the rest on the line. */
    private static void value(StringBuilder sb, String indent, String key, Object v) {
        if (v instanceof Map<?, ?> m && !m.isEmpty()) {
            sb.append(indent).append(key).append(":\n");
            m.forEach((k, x) -> value(sb, indent + "  ", key(String.valueOf(k)), x));
            return;
        }
        String flow = flow(v);
        if (v instanceof List<?> l && !l.isEmpty() && indent.length() + key.length() + 2 + flow.length() > LINE) {
            sb.append(indent).append(key).append(":\n");
            for (Object x : l) {
                sb.append(indent).append("  - ").append(flow(x)).append('\n');
            }
            return;
        }
        sb.append(indent).append(key).append(": ").append(flow).append('\n');
    }

    /** A value on one line: scalars, {@code [a, b]}, {@code {k: v}}. */
    static String flow(Object v) {
        if (v instanceof List<?> l) {
            List<String> items = new ArrayList<>();
            l.forEach(x -> items.add(flow(x)));
            return "[" + String.join(", ", items) + "]";
        }
        if (v instanceof Map<?, ?> m) {
            List<String> items = new ArrayList<>();
            m.forEach((k, x) -> items.add(key(String.valueOf(k)) + ": " + flow(x)));
            return "{" + String.join(", ", items) + "}";
        }
        return scalar(v);
    }

    /** A scalar as YAML reads it back to the same value. */
    static String scalar(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Double || v instanceof Float) {
            return BigDecimal.valueOf(((Number) v).doubleValue()).toPlainString();
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString()).toPlainString();
        }
        String s = String.valueOf(v);
        if (PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT)) || DATE.matcher(s).matches()) {
            return s;
        }
        return quoted(s);
    }

    /** A mapping key: plain when it is a word, else quoted. */
    private static String key(String k) {
        return PLAIN.matcher(k).matches() && !RESERVED.contains(k.toLowerCase(Locale.ROOT)) ? k : quoted(k);
    }

    /** A YAML double-quoted string; what a terminal or log could act on, or YAML does not allow, as {@code \\uXXXX}. */
    static String quoted(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (Untrusted.mustEscapeQuoted(s, i) || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** Two values of a setting as the rules read them: numbers by value. */
    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        return Objects.equals(a, b);
    }

    private static String comment(String text) {
        return "   # " + printable(text) + "\n";
    }
}

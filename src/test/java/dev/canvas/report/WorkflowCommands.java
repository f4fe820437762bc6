package dev.canvas.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workflow commands a CI runner would act on in a log, read after the GitHub Actions runner's rules
 * (ActionCommand.TryParseV2 and TryParse): a line whose start, trimmed of white space, is {@code ::} is a command
 * {@code ::name[ key=value,...]::message}; anywhere in a line, {@code ##[name ...]message} is the legacy form (Azure
 * Pipelines' {@code ##vso[} is one of its spellings). Lines are split where the runner splits them: at LF, CR and
 * CRLF, and at the Unicode line separators a log viewer breaks on.
 */
final class WorkflowCommands {

    /** One command: its name, its properties (decoded), its message (decoded) and the line it came from. */
    record Command(String name, Map<String, String> properties, String message, String line, boolean legacy) {
    }

    private WorkflowCommands() {
    }

    static List<String> lines(String log) {
        return List.of(log.split("\r\n|\r|\n|\u0085|\u2028|\u2029", -1));
    }

    static List<Command> parse(String log) {
        List<Command> out = new ArrayList<>();
        for (String line : lines(log)) {
            String t = trimNet(line);
            Command v2 = v2(t, line);
            if (v2 != null) {
                out.add(v2);
                continue;
            }
            int at = line.indexOf("##[");
            while (at >= 0) {
                int end = line.indexOf(']', at + 3);
                if (end < 0) {
                    break;
                }
                String head = line.substring(at + 3, end);
                int sp = head.indexOf(' ');
                out.add(new Command(sp < 0 ? head : head.substring(0, sp), Map.of(), line.substring(end + 1), line, true));
                at = line.indexOf("##[", end);
            }
            int vso = line.indexOf("##vso[");
            if (vso >= 0) {
                out.add(new Command("vso", Map.of(), line.substring(vso), line, true));
            }
        }
        return out;
    }

    private static Command v2(String t, String line) {
        if (!t.startsWith("::")) {
            return null;
        }
        int end = t.indexOf("::", 2);
        if (end < 0) {
            return null;
        }
        String head = t.substring(2, end);
        int sp = head.indexOf(' ');
        String name = sp < 0 ? head : head.substring(0, sp);
        if (name.isEmpty()) {
            return null;
        }
        Map<String, String> props = new LinkedHashMap<>();
        if (sp >= 0) {
            for (String kv : head.substring(sp + 1).split(",")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    props.put(kv.substring(0, eq), unescapeProperty(kv.substring(eq + 1)));
                }
            }
        }
        return new Command(name, props, unescapeData(t.substring(end + 2)), line, false);
    }

    /** .NET's String.Trim: every Unicode white space, wider than Java's strip(). */
    static String trimNet(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && netSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && netSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean netSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    static String unescapeData(String s) {
        return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
    }

    static String unescapeProperty(String s) {
        return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
    }
}

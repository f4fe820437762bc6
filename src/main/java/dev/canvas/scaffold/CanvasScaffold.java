package dev.canvas.scaffold;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistItem;
import dev.canvas.model.ChecklistKind;
import dev.canvas.model.Field;
import dev.canvas.model.Phase;
import dev.canvas.model.Square;
import dev.canvas.parse.YamlCanvasFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes an empty canvas from a definition. The Markdown one is the template filled in with nothing: every
 * question with its {@code {{placeholder}}} still there, every box unticked, guidance as HTML comments (seen
 * in the editor, not in rendered Markdown). {@code canvas check} reads both back and lists every gap.
 */
public final class CanvasScaffold {

    private CanvasScaffold() {
    }

    public static String markdown(CanvasDefinition def) {
        return markdown(def, "", Map.of(), Set.of());
    }

    /**
     * The Markdown canvas with some answers filled in and some prerequisites ticked ({@code canvas promote});
     * every other question keeps its placeholder and every other box is unticked.
     */
    public static String markdown(CanvasDefinition def, String project, Map<String, String> answers, Set<String> ticked) {
        StringBuilder sb = new StringBuilder();
        sb.append("---\n").append(YamlCanvasFormat.CANVAS).append(": ").append(def.kind()).append('\n')
                .append(YamlCanvasFormat.PROJECT).append(": ").append(quoted(project)).append("\n---\n\n");
        sb.append("# ").append(def.name()).append("\n\n");
        sb.append("<!-- Answer every question in place of its {{placeholder}}, tick a box ([x]) only when it is true,\n")
                .append("     then run: canvas check <this file> -->\n\n");
        for (Checklist c : def.checklists()) {
            if (c.kind() == ChecklistKind.PREREQUISITES) {
                sb.append("**").append(c.title()).append(":**\n\n");
                items(c, sb, ticked);
            }
        }
        for (Phase p : def.phases()) {
            sb.append("---\n\n## PHASE ").append(p.number()).append(": ").append(p.title().toUpperCase(Locale.ROOT)).append("\n\n");
            for (Square s : p.squares()) {
                sb.append("### ").append(s.label()).append("\n\n");
                if (!s.guidance().isEmpty()) {
                    sb.append("<!-- ").append(s.guidance().replace("--", "-")).append(" -->\n\n");
                }
                for (Field f : s.fields()) {
                    sb.append("**").append(f.question()).append("**\n\n")
                            .append(answers.containsKey(f.id()) ? answers.get(f.id()) : "{{" + f.id() + "}}").append("\n\n");
                }
            }
            for (Checklist c : def.checklists()) {
                if (c.kind() == ChecklistKind.GATE && c.phase() == p.number()) {
                    sb.append("**Validation Gate:**\n\n");
                    items(c, sb, ticked);
                }
            }
        }
        for (Checklist c : def.checklists()) {
            if (c.kind() == ChecklistKind.GATE && def.phase(c.phase()).isEmpty()) {
                sb.append("---\n\n## ").append(c.title()).append("\n\n");
                items(c, sb, ticked);
            }
        }
        for (Checklist c : def.checklists()) {
            if (c.kind() == ChecklistKind.READINESS) {
                sb.append("---\n\n## ").append(c.title()).append("\n\n");
                sb.append("<!-- Tick an item only when it is true. Score = items ticked / ").append(c.items().size())
                        .append(": 100% to deploy. -->\n\n");
                String group = null;
                for (ChecklistItem i : c.items()) {
                    if (!i.group().equals(group)) {
                        group = i.group();
                        sb.append(group.isEmpty() ? "" : "### Checklist for " + group + "\n\n");
                    }
                    sb.append("- [ ] ").append(i.text()).append('\n');
                    if (isLastOfGroup(c, i)) {
                        sb.append('\n');
                    }
                }
            }
        }
        def.readiness().ifPresent(r -> {
            sb.append("## Sign-offs\n\n<!-- Each role signs with a name and a date: 'Role: Name, YYYY-MM-DD'. -->\n\n");
            r.signoffs().forEach(role -> sb.append("- ").append(role.role()).append(": \n"));
        });
        return sb.toString().stripTrailing() + "\n";
    }

    private static boolean isLastOfGroup(Checklist c, ChecklistItem i) {
        int k = c.items().indexOf(i);
        return k == c.items().size() - 1 || !c.items().get(k + 1).group().equals(i.group());
    }

    private static void items(Checklist c, StringBuilder sb, Set<String> ticked) {
        String group = "";
        for (ChecklistItem i : c.items()) {
            if (!i.group().equals(group) && c.phase() == 0 && c.kind() == ChecklistKind.GATE) {
                group = i.group();
                if (!group.isEmpty()) {
                    if (sb.charAt(sb.length() - 2) != '\n') {
                        sb.append('\n'); // after the last box of the group before: else Markdown reads the label as its text
                    }
                    sb.append("**").append(group).append(":**\n\n");
                }
            }
            sb.append(ticked.contains(i.id()) ? "- [x] " : "- [ ] ").append(i.text()).append('\n');
        }
        sb.append('\n');
    }

    /**
     * The YAML canvas, with a {@code yaml-language-server} line pointing at {@code schemaRef} so editors
     * complete and explain every key.
     */
    public static String yaml(CanvasDefinition def, String schemaRef) {
        return yaml(def, schemaRef, "", Map.of(), Set.of());
    }

    /** The YAML canvas with some answers filled in and some prerequisites ticked ({@code canvas promote}). */
    public static String yaml(CanvasDefinition def, String schemaRef, String project, Map<String, String> answers,
                              Set<String> ticked) {
        StringBuilder sb = new StringBuilder();
        sb.append("# yaml-language-server: $schema=").append(schemaRef).append('\n');
        sb.append("# ").append(def.name()).append(".\n");
        sb.append("# Answer every question, set a box to true only when it is true, then run: canvas check <this file>\n");
        sb.append(YamlCanvasFormat.CANVAS).append(": ").append(def.kind()).append('\n');
        sb.append(YamlCanvasFormat.PROJECT).append(": ").append(quoted(project)).append('\n');
        for (Checklist c : def.checklists()) {
            if (c.kind() == ChecklistKind.PREREQUISITES) {
                sb.append('\n').append(YamlCanvasFormat.PREREQUISITES).append(":\n");
                yamlItems(c, "  ", sb, ticked);
            }
        }
        sb.append('\n').append(YamlCanvasFormat.SQUARES).append(":\n");
        for (Phase p : def.phases()) {
            sb.append("  # ---- ").append(p.label()).append('\n');
            for (Square s : p.squares()) {
                sb.append("  # ").append(s.label()).append('\n');
                for (Field f : s.fields()) {
                    sb.append("  # ").append(f.question()).append('\n');
                    String a = answers.get(f.id());
                    if (a == null) {
                        sb.append("  ").append(f.id()).append(": \"\"\n");
                    } else {
                        sb.append("  ").append(f.id()).append(": |-\n");
                        a.lines().forEach(l -> sb.append(l.isBlank() ? "" : "    " + l).append('\n'));
                    }
                }
            }
        }
        sb.append('\n').append(YamlCanvasFormat.GATES).append(":\n");
        for (Checklist c : def.checklists()) {
            if (c.kind() == ChecklistKind.GATE) {
                sb.append("  # ").append(c.title()).append('\n');
                sb.append("  ").append(c.id()).append(":\n");
                yamlItems(c, "    ", sb, ticked);
            }
        }
        for (Checklist c : def.checklists()) {
            if (c.kind() == ChecklistKind.READINESS) {
                sb.append("\n# ").append(c.title()).append(" (or the path of a separate checklist file)\n");
                sb.append(YamlCanvasFormat.CHECKLIST).append(":\n");
                String group = null;
                for (ChecklistItem i : c.items()) {
                    if (!i.group().equals(group)) {
                        group = i.group();
                        sb.append("  # ").append(group).append('\n');
                    }
                    sb.append("  ").append(i.id()).append(": false  # ").append(i.text()).append('\n');
                }
            }
        }
        def.readiness().ifPresent(r -> {
            sb.append("\n").append(YamlCanvasFormat.SIGNOFFS).append(":\n");
            r.signoffs().forEach(role -> sb.append("  ").append(role.id()).append(":  # ").append(role.role()).append(": ")
                    .append(role.covers()).append("\n    name: \"\"\n    date: \"\"  # YYYY-MM-DD\n"));
        });
        return sb.toString();
    }

    /** A YAML double-quoted scalar. */
    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    private static void yamlItems(Checklist c, String indent, StringBuilder sb, Set<String> ticked) {
        for (ChecklistItem i : c.items()) {
            sb.append(indent).append(i.id()).append(": ").append(ticked.contains(i.id())).append("  # ").append(i.text()).append('\n');
        }
    }
}

package dev.canvas.template;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistItem;
import dev.canvas.model.ChecklistKind;
import dev.canvas.model.Field;
import dev.canvas.model.Phase;
import dev.canvas.model.Square;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Converts a canvas definition to BMAD's v2 template format, as a user migrating to v2 would write it. */
final class V2TemplateWriter {

    private V2TemplateWriter() {
    }

    static String write(CanvasDefinition def) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("template", map("id", def.kind() + "-canvas-v2", "name", def.name(), "version", "2.0", "kind", def.kind(),
                "output", map("format", "markdown", "filename", "docs/" + def.kind() + "-canvas.md", "title", def.name())));
        root.put("workflow", map("mode", "interactive", "elicitation", "advanced-elicitation"));
        List<Object> sections = new ArrayList<>();
        for (Checklist c : def.checklists()) {
            if (c.kind() == ChecklistKind.PREREQUISITES) {
                sections.add(checklist("prerequisites", "Prerequisites", c));
            }
        }
        for (Phase p : def.phases()) {
            List<Object> children = new ArrayList<>();
            for (Square s : p.squares()) {
                List<Object> fields = new ArrayList<>();
                for (Field f : s.fields()) {
                    fields.add(map("id", f.id(), "title", f.question(), "type", "paragraphs",
                            "instruction", "Answer the question.", "template", "{{" + f.id() + "}}"));
                }
                children.add(map("id", "square-" + s.number(), "title", s.label(),
                        "instruction", s.guidance().isEmpty() ? "Answer every question." : s.guidance(), "sections", fields));
            }
            for (Checklist c : def.checklists()) {
                if (c.kind() == ChecklistKind.GATE && c.phase() == p.number()) {
                    children.add(checklist("phase-" + p.number() + "-gate", "Validation Gate", c));
                }
            }
            sections.add(map("id", "phase-" + p.number(), "title", "PHASE " + p.number() + ": " + p.title().toUpperCase(Locale.ROOT),
                    "instruction", "Complete the squares of this phase.", "sections", children));
        }
        root.put("sections", sections);
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setWidth(200);
        return new Yaml(o).dump(root);
    }

    private static Map<String, Object> checklist(String id, String title, Checklist c) {
        StringBuilder t = new StringBuilder();
        for (ChecklistItem i : c.items()) {
            t.append("- [ ] ").append(i.text()).append('\n');
        }
        return map("id", id, "title", title, "type", "bullet-list", "instruction", "Tick each item only when it is true.",
                "template", t.toString());
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}

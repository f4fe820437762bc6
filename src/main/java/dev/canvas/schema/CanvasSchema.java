package dev.canvas.schema;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistItem;
import dev.canvas.model.ChecklistKind;
import dev.canvas.model.Field;
import dev.canvas.model.Square;
import dev.canvas.parse.YamlCanvasFormat;
import dev.canvas.text.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the JSON Schema of a YAML canvas from a template: every field, prerequisite and gate item the
 * template defines is a property with its question as description, so editors complete and explain it.
 * The schema checks shape (types, unknown keys); completeness is the rules' job, so nothing but
 * {@code canvas} is required.
 */
public final class CanvasSchema {

    private final Map<String, Object> schema;

    private CanvasSchema(Map<String, Object> schema) {
        this.schema = schema;
    }

    public static CanvasSchema of(CanvasDefinition def) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(YamlCanvasFormat.CANVAS, map("type", "string", "description",
                "The kind of canvas; this template's is '" + def.kind() + "'.", "examples", List.of(def.kind())));
        props.put(YamlCanvasFormat.PROJECT, map("type", "string", "description", "The agent or project this canvas is for."));
        props.put(YamlCanvasFormat.METADATA, map("type", "object",
                "description", "Free-form: owners, dates, links. Not checked."));
        def.checklists().stream().filter(c -> c.kind() == ChecklistKind.PREREQUISITES).findFirst()
                .ifPresent(c -> props.put(YamlCanvasFormat.PREREQUISITES, checklist(c)));
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Square s : def.squares()) {
            for (Field f : s.fields()) {
                fields.put(f.id(), map("type", List.of("string", "null"),
                        "description", s.label() + ": " + f.question()));
            }
        }
        props.put(YamlCanvasFormat.SQUARES, object("Answers, keyed by field id.", fields));
        Map<String, Object> gates = new LinkedHashMap<>();
        for (Checklist c : def.checklists()) {
            if (c.kind() == ChecklistKind.GATE) {
                gates.put(c.id(), checklist(c));
            }
        }
        props.put(YamlCanvasFormat.GATES, object("Validation gates: checklist id, then item id: true when confirmed.", gates));
        def.readiness().ifPresent(r -> {
            def.checklist(r.checklistId()).ifPresent(c -> props.put(YamlCanvasFormat.CHECKLIST, map("oneOf", List.of(
                    map("type", "string", "description", "The path of a separate checklist file, relative to this canvas."),
                    checklist(c)))));
            Map<String, Object> roles = new LinkedHashMap<>();
            for (var role : r.signoffs()) {
                roles.put(role.id(), map("type", "object", "description", role.role() + ": " + role.covers() + ".",
                        "additionalProperties", false, "properties", map(
                                "name", map("type", "string"),
                                "date", map("type", "string", "pattern", "^(\\d{4}-\\d{2}-\\d{2})?$",
                                        "description", "YYYY-MM-DD"))));
            }
            props.put(YamlCanvasFormat.SIGNOFFS, object("Sign-offs before deployment: role id, then name and date.", roles));
        });
        props.put(YamlCanvasFormat.WAIVERS, map("type", "array", "description",
                "Accepted exceptions: findings they cover stay visible but do not change the verdict.",
                "items", map("type", "object", "additionalProperties", false, "required", List.of("rule"),
                        "properties", map(
                                "rule", map("type", "string", "description", "The rule id (canvas rules)."),
                                "field", map("type", "string", "description", "Limit it to one field id."),
                                "item", map("type", "string", "description", "Limit it to one checklist item id."),
                                "reason", map("type", "string"),
                                "approved_by", map("type", "string"),
                                "expires", map("type", "string", "pattern", "^\\d{4}-\\d{2}-\\d{2}$",
                                        "description", "The last day it holds, YYYY-MM-DD.")))));

        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("title", def.name());
        root.put("description", "A " + def.kind() + " canvas in YAML, for 'canvas check'. Generated from " + def.source() + ".");
        root.put("type", "object");
        root.put("required", List.of(YamlCanvasFormat.CANVAS));
        root.put("properties", props);
        root.put("patternProperties", map("^x-", map()));
        root.put("additionalProperties", false);
        return new CanvasSchema(root);
    }

    private static Map<String, Object> checklist(Checklist c) {
        Map<String, Object> items = new LinkedHashMap<>();
        for (ChecklistItem i : c.items()) {
            items.put(i.id(), map("type", List.of("boolean", "null"), "description", i.text()));
        }
        return object(c.title() + ": true when confirmed.", items);
    }

    private static Map<String, Object> object(String description, Map<String, Object> properties) {
        return map("type", "object", "description", description, "properties", properties, "additionalProperties", false);
    }


    /** The schema as plain data (maps in a stable order). */
    public Map<String, Object> data() {
        return schema;
    }

    /** The schema as indented JSON. */
    public String json() {
        return Json.writeData(schema);
    }

    /** The property names the schema allows at a JSON pointer ({@code /squares}), for "did you mean". */
    @SuppressWarnings("unchecked")
    List<String> allowedKeys(String pointer) {
        Map<String, Object> node = schema;
        for (String seg : pointer.split("/")) {
            if (seg.isEmpty()) {
                continue;
            }
            Object props = node.get("properties");
            if (!(props instanceof Map<?, ?> pm) || !(pm.get(unescape(seg)) instanceof Map<?, ?> next)) {
                return List.of();
            }
            node = (Map<String, Object>) next;
        }
        return node.get("properties") instanceof Map<?, ?> pm ? pm.keySet().stream().map(String::valueOf).toList() : List.of();
    }

    /** An ordered map from alternating keys and values: {@code map("type", "string", "description", "...")}. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static String unescape(String seg) {
        return seg.replace("~1", "/").replace("~0", "~");
    }
}

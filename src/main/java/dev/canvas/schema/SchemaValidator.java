package dev.canvas.schema;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.Checklist;
import dev.canvas.model.Field;
import dev.canvas.model.Finding;
import dev.canvas.parse.YamlCanvasFormat;
import dev.canvas.model.Location;
import dev.canvas.model.Severity;
import dev.canvas.model.Subject;
import dev.canvas.parse.DataTree;
import dev.canvas.schema.fast.SubsetValidator;
import dev.canvas.text.MatchText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Validates a YAML canvas's data against its {@link CanvasSchema} with everit-json-schema, and turns each
 * violation into a finding at the file:line of the offending key. Data that conforms is told so by a
 * {@link SubsetValidator} first (a fast path, see {@link dev.canvas.schema.fast}): everit is built (once, by the
 * first thread that needs it) only for data that does not.
 * Built once per run; thread-safe.
 */
public final class SchemaValidator {

    /** Rule id of schema findings. */
    public static final String RULE = "schema-violation";
    private static final Pattern EXTRANEOUS = Pattern.compile("extraneous key \\[(.*)\\] is not permitted");
    private static final Pattern REQUIRED = Pattern.compile("required key \\[(.*)\\] not found");

    private final CanvasSchema canvasSchema;
    private final CanvasDefinition definition;
    private final Optional<SubsetValidator> subset;
    private final Map<String, Object> validationSchema;
    /** everit's schema, built on first use. */
    private volatile Schema schema;

    public SchemaValidator(CanvasSchema canvasSchema, CanvasDefinition definition) {
        this.canvasSchema = canvasSchema;
        this.definition = definition;
        this.validationSchema = forValidation(canvasSchema.data());
        this.subset = SubsetValidator.of(validationSchema);
    }

    private Schema everit() {
        Schema s = schema;
        if (s == null) {
            synchronized (this) {
                s = schema;
                if (s == null) {
                    s = SchemaLoader.builder().schemaJson(toJson(validationSchema)).draftV7Support()
                            .build().load().build();
                    schema = s;
                }
            }
        }
        return s;
    }

    /** Keywords that annotate a schema and never change what validates: left out of what everit loads. */
    private static final java.util.Set<String> ANNOTATIONS = java.util.Set.of("title", "description", "examples", "$comment");
    /** Keywords whose value maps names to schemas. */
    private static final java.util.Set<String> SCHEMA_MAPS = java.util.Set.of("properties", "patternProperties", "definitions", "$defs");
    /** Keywords whose value is a schema, or a list of schemas. */
    private static final java.util.Set<String> SCHEMAS = java.util.Set.of("additionalProperties", "items", "additionalItems",
            "contains", "propertyNames", "not", "if", "then", "else", "allOf", "anyOf", "oneOf");

    /**
     * A schema without its annotations (descriptions and examples are most of the bundled template's 50 KB),
     * handed to everit as data rather than as JSON text: a third less to build on every start.
     */
    static Map<String, Object> forValidation(Map<?, ?> schema) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : schema.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object value = e.getValue();
            if (ANNOTATIONS.contains(key)) {
                continue;
            }
            if (SCHEMA_MAPS.contains(key) && value instanceof Map<?, ?> named) {
                Map<String, Object> m = new LinkedHashMap<>();
                named.forEach((k, v) -> m.put(String.valueOf(k), v instanceof Map<?, ?> sub ? forValidation(sub) : v));
                value = m;
            } else if (SCHEMAS.contains(key) && value instanceof Map<?, ?> sub) {
                value = forValidation(sub);
            } else if (SCHEMAS.contains(key) && value instanceof List<?> list) {
                value = list.stream().map(v -> v instanceof Map<?, ?> sub ? forValidation(sub) : v).toList();
            }
            out.put(key, value);
        }
        return out;
    }

    /** Whether everit finds {@code data} valid (for the test that holds {@link SubsetValidator} to it). */
    boolean everitValid(Object data) {
        try {
            everit().validate(toJson(data));
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    /** The subset validator, if the schema is written in its subset (for tests). */
    Optional<SubsetValidator> subset() {
        return subset;
    }

    public List<Finding> validate(DataTree tree, String file) {
        if (subset.isPresent() && subset.get().conforms(tree.data())) {
            return List.of();
        }
        try {
            everit().validate(toJson(tree.data()));
            return List.of();
        } catch (ValidationException e) {
            Map<String, Finding> byPlace = new LinkedHashMap<>();
            collect(e, tree, file, byPlace);
            return new ArrayList<>(byPlace.values());
        }
    }

    private void collect(ValidationException e, DataTree tree, String file, Map<String, Finding> out) {
        String pointer = pointer(e.getPointerToViolation());
        if ("additionalProperties".equals(e.getKeyword())) {
            Matcher m = EXTRANEOUS.matcher(e.getErrorMessage());
            if (m.matches()) {
                String key = m.group(1);
                String keyPointer = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                out.putIfAbsent(keyPointer, finding(keyPointer, tree.locate(keyPointer, file),
                        "unknown key '" + key + "'" + where(pointer), suggest(key, canvasSchema.allowedKeys(pointer), pointer)));
                return;
            }
        }
        if ("required".equals(e.getKeyword())) {
            Matcher m = REQUIRED.matcher(e.getErrorMessage());
            String key = m.matches() ? m.group(1) : "?";
            out.putIfAbsent(pointer + "#required-" + key, finding(pointer, tree.locate(pointer, file),
                    "required key '" + key + "' is missing" + where(pointer),
                    "add '" + key + ":'" + (key.equals("canvas") ? " (e.g. 'canvas: production') at the top" : "")));
            return;
        }
        if (!e.getCausingExceptions().isEmpty() && !"anyOf".equals(e.getKeyword()) && !"type".equals(e.getKeyword())) {
            for (ValidationException c : e.getCausingExceptions()) {
                collect(c, tree, file, out);
            }
            return;
        }
        // a type mismatch (possibly a union such as string-or-null): say what was expected and what was found
        Object actual = valueAt(tree.data(), pointer);
        String expected = expectedAt(pointer);
        out.putIfAbsent(pointer, finding(pointer, tree.locate(pointer, file),
                "'" + displayPath(pointer) + "' should be " + expected + ", not " + describe(actual),
                "write " + expected + " there" + (expected.startsWith("text") ? " (quote it if it looks like a number or yes/no)" : "")));
    }

    private Finding finding(String pointer, Location at, String message, String fix) {
        return new Finding(RULE, Severity.BLOCKER, at, subject(pointer), message, fix);
    }

    /** The field or checklist item a pointer is about, so the finding counts against it in readiness. */
    private Subject subject(String pointer) {
        String[] seg = pointer.split("/");
        if (seg.length >= 3 && seg[1].equals(YamlCanvasFormat.SQUARES)) {
            Field f = definition.fieldsById().get(CanvasSchema.unescape(seg[2]));
            if (f != null) {
                var s = definition.square(f.square()).orElseThrow();
                return Subject.field(s, f);
            }
        }
        String checklist = seg.length >= 3 && seg[1].equals(YamlCanvasFormat.PREREQUISITES) ? YamlCanvasFormat.PREREQUISITES_CHECKLIST
                : seg.length >= 4 && seg[1].equals(YamlCanvasFormat.GATES) ? CanvasSchema.unescape(seg[2]) : null;
        if (checklist != null) {
            String itemId = CanvasSchema.unescape(seg[seg.length >= 4 && seg[1].equals(YamlCanvasFormat.GATES) ? 3 : 2]);
            Optional<Checklist> c = definition.checklist(checklist);
            if (c.isPresent()) {
                var item = c.get().items().stream().filter(i -> i.id().equals(itemId)).findFirst();
                if (item.isPresent()) {
                    return Subject.item(c.get(), item.get());
                }
            }
        }
        return Subject.NONE;
    }

    private static String where(String pointer) {
        return pointer.isEmpty() ? " at the top level" : " under '" + displayPath(pointer) + "'";
    }

    private static String suggest(String key, List<String> allowed, String pointer) {
        String best = null;
        int bestDistance = Math.max(2, key.length() / 3) + 1;
        for (String a : allowed) {
            int d = MatchText.distance(key.toLowerCase(java.util.Locale.ROOT), a, bestDistance - 1);
            if (d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        if (best != null) {
            return "did you mean '" + best + "'?";
        }
        if (allowed.isEmpty()) {
            return "remove it";
        }
        return "remove it, or use one of the keys the template defines" + (pointer.isEmpty() ? " (" + String.join(", ", allowed) + ")"
                : "; 'canvas schema' lists them");
    }

    private String expectedAt(String pointer) {
        Object node = canvasSchema.data();
        for (String seg : pointer.split("/")) {
            if (seg.isEmpty()) {
                continue;
            }
            if (node instanceof Map<?, ?> m && m.get("properties") instanceof Map<?, ?> props
                    && props.get(CanvasSchema.unescape(seg)) != null) {
                node = props.get(CanvasSchema.unescape(seg));
            } else {
                return "a different kind of value";
            }
        }
        Object type = node instanceof Map<?, ?> m ? m.get("type") : null;
        List<?> types = type instanceof List<?> l ? l : type == null ? List.of() : List.of(type);
        if (types.contains("string")) {
            return "text";
        }
        if (types.contains("boolean")) {
            return "true or false";
        }
        if (types.contains("object")) {
            return "a mapping of 'key: value' lines";
        }
        return "a different kind of value";
    }

    private static Object valueAt(Object data, String pointer) {
        Object node = data;
        for (String seg : pointer.split("/")) {
            if (seg.isEmpty()) {
                continue;
            }
            String key = CanvasSchema.unescape(seg);
            if (node instanceof Map<?, ?> m) {
                node = m.get(key);
            } else if (node instanceof List<?> l && key.matches("\\d+") && Integer.parseInt(key) < l.size()) {
                node = l.get(Integer.parseInt(key));
            } else {
                return null;
            }
        }
        return node;
    }

    private static String describe(Object v) {
        if (v == null) {
            return "empty";
        }
        if (v instanceof Map) {
            return "a mapping";
        }
        if (v instanceof List) {
            return "a list";
        }
        if (v instanceof Boolean b) {
            return "the boolean " + b;
        }
        if (v instanceof BigDecimal n) {
            return "the number " + n.toPlainString();
        }
        return "text";
    }

    private static String displayPath(String pointer) {
        return pointer.isEmpty() ? "(top)" : CanvasSchema.unescape(pointer.substring(1)).replace("/", ".");
    }

    /** An everit pointer ("#/squares/x") as a JSON pointer ("/squares/x"; "" for the top level). */
    private static String pointer(String everit) {
        if (everit == null || everit.equals("#")) {
            return "";
        }
        return everit.startsWith("#") ? everit.substring(1) : everit;
    }

    /** A YAML data tree's value as org.json's, which everit validates. */
    private static Object toJson(Object v) {
        if (v == null) {
            return JSONObject.NULL;
        }
        if (v instanceof Map<?, ?> m) {
            JSONObject o = new JSONObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                o.put(String.valueOf(e.getKey()), toJson(e.getValue()));
            }
            return o;
        }
        if (v instanceof List<?> l) {
            JSONArray a = new JSONArray();
            for (Object o : l) {
                a.put(toJson(o));
            }
            return a;
        }
        return v;
    }
}

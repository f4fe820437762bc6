package dev.canvas.schema;

import dev.canvas.model.Location;
import dev.canvas.parse.DataTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Validates any YAML data tree against a JSON Schema (draft-07) with everit, and names each violation's
 * file:line. Used for configuration files; canvases have the more specific {@link SchemaValidator}.
 */
public final class DataTreeValidator {

    /** One violation: where and what. */
    public record Violation(Location location, String message) {
    }

    private final Schema schema;

    public DataTreeValidator(String schemaJson) {
        this.schema = SchemaLoader.builder().schemaJson(new JSONObject(schemaJson)).draftV7Support().build().load().build();
    }

    public List<Violation> validate(DataTree tree, String file) {
        try {
            schema.validate(toJson(tree.data()));
            return List.of();
        } catch (ValidationException e) {
            List<Violation> out = new ArrayList<>();
            collect(e, tree, file, out);
            return out;
        }
    }

    private static void collect(ValidationException e, DataTree tree, String file, List<Violation> out) {
        if (!e.getCausingExceptions().isEmpty() && !"oneOf".equals(e.getKeyword()) && !"anyOf".equals(e.getKeyword())) {
            e.getCausingExceptions().forEach(c -> collect(c, tree, file, out));
            return;
        }
        String pointer = pointer(e.getPointerToViolation());
        String where = pointer.isEmpty() ? "the top level" : "'" + pointer.substring(1).replace("/", ".") + "'";
        String msg = e.getErrorMessage();
        var extraneous = java.util.regex.Pattern.compile("extraneous key \\[(.*)\\] is not permitted").matcher(msg);
        if (extraneous.matches()) {
            String keyPointer = pointer + "/" + extraneous.group(1).replace("~", "~0").replace("/", "~1");
            out.add(new Violation(tree.locate(keyPointer, file), "unknown key '" + extraneous.group(1) + "' in " + where));
            return;
        }
        if ("oneOf".equals(e.getKeyword()) || "anyOf".equals(e.getKeyword())) {
            msg = "not a valid value";
        }
        out.add(new Violation(tree.locate(pointer, file), where + ": " + msg));
    }

    static String pointer(String everit) {
        if (everit == null || everit.equals("#")) {
            return "";
        }
        return everit.startsWith("#") ? everit.substring(1) : everit;
    }

    static Object toJson(Object v) {
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

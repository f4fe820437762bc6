package dev.canvas.schema.fast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether data conforms to a JSON Schema (draft-07) written with only the keywords {@code CanvasSchema} writes:
 * {@code type} (one or a list), {@code properties}, {@code additionalProperties: false}, {@code patternProperties},
 * {@code required}, {@code pattern}, {@code items} and {@code oneOf}. It answers yes or no, nothing more: why data
 * does not conform is everit's to say (see the package documentation for why this exists beside everit).
 *
 * <p>{@link #of} is empty for a schema with any other keyword: then everit validates everything.
 */
public final class SubsetValidator {

    private static final Set<String> ANNOTATIONS = Set.of("$schema", "title", "description", "examples", "$comment");
    private static final int STRING = 1;
    private static final int BOOLEAN = 2;
    private static final int NULL = 4;
    private static final int OBJECT = 8;
    private static final int ARRAY = 16;
    private static final int ANY = -1;

    /** One schema, compiled: each keyword's value, or its neutral one when the schema does not have it. */
    private record Node(int types, Map<String, Node> properties, boolean additionalAllowed, List<Pattern> patterns,
                        List<Node> patternSchemas, List<String> required, Pattern pattern, Node items, List<Node> oneOf) {
    }

    private final Node root;

    private SubsetValidator(Node root) {
        this.root = root;
    }

    /** The validator of a schema (as plain data), or empty when the schema uses a keyword this does not know. */
    public static Optional<SubsetValidator> of(Map<?, ?> schema) {
        try {
            return Optional.of(new SubsetValidator(compile(schema)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code data} ({@link dev.canvas.parse.DataTree#data()}) is valid against the schema. */
    public boolean conforms(Object data) {
        return valid(root, data);
    }

    private static Node compile(Map<?, ?> s) {
        int types = ANY;
        Map<String, Node> properties = Map.of();
        boolean additional = true;
        List<Pattern> patterns = List.of();
        List<Node> patternSchemas = List.of();
        List<String> required = List.of();
        Pattern pattern = null;
        Node items = null;
        List<Node> oneOf = null;
        for (Map.Entry<?, ?> e : s.entrySet()) {
            String k = String.valueOf(e.getKey());
            Object v = e.getValue();
            switch (k) {
                case "type" -> types = types(v);
                case "properties" -> {
                    properties = new HashMap<>();
                    for (Map.Entry<?, ?> p : map(v).entrySet()) {
                        properties.put(String.valueOf(p.getKey()), compile(map(p.getValue())));
                    }
                }
                case "additionalProperties" -> {
                    if (!(v instanceof Boolean b)) {
                        throw new IllegalArgumentException("additionalProperties as a schema");
                    }
                    additional = b;
                }
                case "patternProperties" -> {
                    patterns = new ArrayList<>();
                    patternSchemas = new ArrayList<>();
                    for (Map.Entry<?, ?> p : map(v).entrySet()) {
                        patterns.add(Pattern.compile(String.valueOf(p.getKey())));
                        patternSchemas.add(compile(map(p.getValue())));
                    }
                }
                case "required" -> required = strings(v);
                case "pattern" -> pattern = Pattern.compile(String.valueOf(v));
                case "items" -> items = compile(map(v));
                case "oneOf" -> {
                    oneOf = new ArrayList<>();
                    for (Object o : list(v)) {
                        oneOf.add(compile(map(o)));
                    }
                }
                default -> {
                    if (!ANNOTATIONS.contains(k)) {
                        throw new IllegalArgumentException("keyword " + k);
                    }
                }
            }
        }
        return new Node(types, properties, additional, patterns, patternSchemas, required, pattern, items, oneOf);
    }

    private static int types(Object v) {
        int t = 0;
        for (Object name : v instanceof List<?> l ? l : List.of(v)) {
            t |= switch (String.valueOf(name)) {
                case "string" -> STRING;
                case "boolean" -> BOOLEAN;
                case "null" -> NULL;
                case "object" -> OBJECT;
                case "array" -> ARRAY;
                default -> throw new IllegalArgumentException("type " + name); // numbers: everit's own rules

            };
        }
        return t;
    }

    private static Map<?, ?> map(Object v) {
        if (v instanceof Map<?, ?> m) {
            return m;
        }
        throw new IllegalArgumentException("not a schema: " + v);
    }

    private static List<?> list(Object v) {
        if (v instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException("not a list: " + v);
    }

    private static List<String> strings(Object v) {
        return list(v).stream().map(String::valueOf).toList();
    }

    private static boolean valid(Node n, Object v) {
        if (n.types != ANY && (n.types & typeOf(v)) == 0) {
            return false;
        }
        if (v instanceof Map<?, ?> m) {
            for (String r : n.required) {
                if (!m.containsKey(r)) {
                    return false;
                }
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = String.valueOf(e.getKey());
                Node p = n.properties.get(key);
                boolean matched = p != null;
                if (p != null && !valid(p, e.getValue())) {
                    return false;
                }
                for (int i = 0; i < n.patterns.size(); i++) {
                    if (n.patterns.get(i).matcher(key).find()) {
                        matched = true;
                        if (!valid(n.patternSchemas.get(i), e.getValue())) {
                            return false;
                        }
                    }
                }
                if (!matched && !n.additionalAllowed) {
                    return false;
                }
            }
        } else if (v instanceof List<?> l && n.items != null) {
            for (Object o : l) {
                if (!valid(n.items, o)) {
                    return false;
                }
            }
        } else if (v instanceof String s && n.pattern != null && !n.pattern.matcher(s).find()) {
            return false;
        }
        if (n.oneOf != null) {
            int ok = 0;
            for (Node o : n.oneOf) {
                if (valid(o, v)) {
                    ok++;
                }
            }
            return ok == 1;
        }
        return true;
    }

    /** The JSON type of a value of a data tree (0 for a number: no schema here allows one). */
    private static int typeOf(Object v) {
        if (v == null) {
            return NULL;
        }
        if (v instanceof String) {
            return STRING;
        }
        if (v instanceof Boolean) {
            return BOOLEAN;
        }
        if (v instanceof Map) {
            return OBJECT;
        }
        return v instanceof List ? ARRAY : 0;
    }
}

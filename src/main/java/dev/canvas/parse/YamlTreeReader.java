package dev.canvas.parse;

import dev.canvas.model.Finding;
import dev.canvas.model.Location;
import dev.canvas.model.Subject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * YAML text to a {@link DataTree} with a location for every value, using snakeyaml's node marks. Bounded:
 * alias expansion, nesting depth and size are limited before anything is built, duplicate keys and
 * recursive aliases become findings.
 */
public final class YamlTreeReader {

    /** Deeper than any canvas needs; deeper documents are refused before they can exhaust the stack. */
    static final int MAX_DEPTH = 64;
    private static final int MAX_ALIASES = 50;

    /** The tree, or empty when the text is not YAML (or is empty), and what was found wrong. */
    public record Result(Optional<DataTree> tree, List<Finding> findings) {
    }

    private final String file;
    private final int lineOffset;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Location> locations = new LinkedHashMap<>();
    private final IdentityHashMap<Node, Boolean> onPath = new IdentityHashMap<>();

    private YamlTreeReader(String file, int lineOffset) {
        this.file = file;
        this.lineOffset = lineOffset;
    }

    /**
     * Reads {@code text}; {@code lineOffset} lines of the file come before it (for front matter).
     * An empty or comment-only text gives an empty tree and no finding: the caller decides what that means.
     */
    public static Result read(String file, String text, int lineOffset, String what) {
        YamlTreeReader r = new YamlTreeReader(file, lineOffset);
        Node root;
        try {
            LoaderOptions opts = new LoaderOptions();
            opts.setMaxAliasesForCollections(MAX_ALIASES);
            opts.setNestingDepthLimit(MAX_DEPTH);
            opts.setCodePointLimit(Math.max(text.length() + 1, 3 * 1024 * 1024));
            opts.setAllowRecursiveKeys(false);
            root = new Yaml(opts).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() == null ? e.getContext() : e.getProblem();
            return new Result(Optional.empty(), List.of(ParseFindings.syntax(r.at(m),
                    what + " is not valid YAML: " + oneLine(problem), hint(problem))));
        } catch (YAMLException e) {
            return new Result(Optional.empty(), List.of(ParseFindings.syntax(Location.of(file, lineOffset + 1),
                    what + " is not valid YAML: " + oneLine(e.getMessage()),
                    "reduce aliases and nesting, and fix the YAML syntax")));
        } catch (StackOverflowError e) {
            return new Result(Optional.empty(), List.of(ParseFindings.syntax(Location.of(file, lineOffset + 1),
                    what + " is nested too deeply", "keep nesting under " + MAX_DEPTH + " levels")));
        }
        if (root == null) {
            return new Result(Optional.empty(), List.of());
        }
        r.locations.put("", r.at(root.getStartMark()));
        Object data = r.convert(root, "", 0);
        return new Result(Optional.of(new DataTree(data, r.locations)), List.copyOf(r.findings));
    }

    private static String oneLine(String s) {
        return s == null ? "syntax error" : s.replaceAll("\\s+", " ").strip();
    }

    private static String hint(String problem) {
        String p = problem == null ? "" : problem;
        if (p.contains("tab")) {
            return "indent with spaces, not tabs";
        }
        if (p.contains("mapping values are not allowed")) {
            return "quote text that contains ': ', or indent it under its key";
        }
        if (p.contains("quoted scalar") || p.contains("found unexpected end of stream")) {
            return "close the quote that starts there";
        }
        if (p.contains("aliases")) {
            return "use fewer aliases (a canvas needs none)";
        }
        return "fix the YAML at that line (check indentation and quoting)";
    }

    private Location at(Mark m) {
        if (m == null) {
            return Location.of(file, lineOffset + 1);
        }
        return new Location(file, lineOffset + m.getLine() + 1, m.getColumn() + 1);
    }

    private Object convert(Node node, String pointer, int depth) {
        if (depth > MAX_DEPTH || onPath.containsKey(node)) {
            findings.add(ParseFindings.syntax(at(node.getStartMark()),
                    depth > MAX_DEPTH ? "nesting is deeper than " + MAX_DEPTH + " levels" : "an alias refers to the value that contains it",
                    "write the value out instead of using a recursive alias"));
            return null;
        }
        onPath.put(node, Boolean.TRUE);
        try {
            if (node instanceof ScalarNode s) {
                return scalar(s);
            }
            if (node instanceof SequenceNode seq) {
                List<Object> out = new ArrayList<>();
                int i = 0;
                for (Node item : seq.getValue()) {
                    String p = pointer + "/" + i++;
                    locations.put(p, at(item.getStartMark()));
                    out.add(convert(item, p, depth + 1));
                }
                return out;
            }
            MappingNode map = (MappingNode) node;
            Map<String, Object> out = new LinkedHashMap<>();
            Map<String, Location> seen = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                Node k = t.getKeyNode();
                Location keyAt = at(k.getStartMark());
                if (!(k instanceof ScalarNode ks)) {
                    findings.add(ParseFindings.syntax(keyAt, "a key is a list or mapping", "use plain text keys"));
                    continue;
                }
                String key = ks.getValue();
                Location first = seen.putIfAbsent(key, keyAt);
                if (first != null) {
                    findings.add(ParseFindings.duplicate(keyAt, Subject.NONE,
                            "key '" + key + "' appears twice in the same mapping (first at line " + first.line() + ")",
                            "keep one '" + key + ":' entry"));
                    continue;
                }
                String p = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                locations.put(p, keyAt);
                out.put(key, convert(t.getValueNode(), p, depth + 1));
            }
            return out;
        } finally {
            onPath.remove(node);
        }
    }

    private static Object scalar(ScalarNode s) {
        Tag tag = s.getTag();
        String v = s.getValue();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return Boolean.valueOf(v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("on")
                    || v.equalsIgnoreCase("y"));
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            try {
                return new java.math.BigDecimal(v.replace("_", ""));
            } catch (NumberFormatException e) {
                return v; // .inf, .nan, 0x1F: keep the text; the schema will say a number is not expected here
            }
        }
        return v;
    }
}

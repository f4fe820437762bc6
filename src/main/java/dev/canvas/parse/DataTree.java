package dev.canvas.parse;

import dev.canvas.model.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML canvas as plain data, for schema validation, with where each value stands.
 *
 * <p>The readers build the data's mappings and lists as {@link LocatedMap} and {@link LocatedList}: plain
 * {@code LinkedHashMap}s and {@code ArrayList}s (equal to any other with the same content) that also keep the
 * place of each key and item, and where the text of each scalar value in a mapping starts. A place is found by
 * walking the data along a JSON pointer ({@link #locate}), or straight from a mapping and a key ({@link #keyAt},
 * {@link #textAt}) or a list and an index ({@link #itemAt}): no pointer text is made for every value of every file.
 *
 * @param data {@code Map<String,Object>}, {@code List<Object>}, {@code String}, {@code Boolean},
 *             {@code Number} or {@code null} for YAML null, as JSON would have it
 * @param root where the top-level value starts
 */
public record DataTree(Object data, Location root) {

    /** A mapping as read: its entries in order, where each key stands, and where each scalar value's text starts. */
    public static final class LocatedMap extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;
        private final HashMap<String, Location> at = new HashMap<>();
        private final HashMap<String, Location> text = new HashMap<>();

        /** Adds an entry whose key stands {@code where}, and whose value is null or a list or mapping. */
        public void put(String key, Object value, Location where) {
            put(key, value);
            at.put(key, where);
        }

        /**
         * Adds an entry whose key stands {@code where}, and whose value is a scalar (not null) whose text starts
         * {@code textAt}: at its first character, or for a block scalar ({@code |} or {@code >}) on the line after
         * its indicator (column 0, unknown).
         */
        public void put(String key, Object value, Location where, Location textAt) {
            put(key, value, where);
            text.put(key, textAt);
        }
    }

    /** A list as read: its items in order, and where each starts. */
    public static final class LocatedList extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;
        private final ArrayList<Location> at = new ArrayList<>();

        /** Adds an item that starts {@code where}. */
        public void add(Object value, Location where) {
            add(value);
            at.add(where);
        }
    }

    /** Where the key of a mapping of this tree stands, or, if the mapping has no such key, the root. */
    public Location keyAt(Map<?, ?> map, String key) {
        Location l = map instanceof LocatedMap m ? m.at.get(key) : null;
        return l != null ? l : root;
    }

    /**
     * Where the text of a scalar value of a mapping of this tree starts (see {@link LocatedMap#put(String, Object,
     * Location, Location)}), or, for any other value, where its key stands.
     */
    public Location textAt(Map<?, ?> map, String key) {
        Location l = map instanceof LocatedMap m ? m.text.get(key) : null;
        return l != null ? l : keyAt(map, key);
    }

    /** Where an item of a list of this tree starts, or, if the list has no such item, the root. */
    public Location itemAt(List<?> list, int index) {
        return list instanceof LocatedList l && index >= 0 && index < l.at.size() ? l.at.get(index) : root;
    }

    /**
     * The place of a JSON pointer ({@code ""} for the root, {@code /squares/success_metrics}): of the key for a
     * mapping's entry, of the item for a list's; or of its nearest parent that has one; or the file's first line.
     */
    public Location locate(String pointer, String file) {
        Location found = root != null ? root : Location.of(file, 1);
        Object node = data;
        int from = 1;
        while (pointer.startsWith("/") && from <= pointer.length()) {
            int end = pointer.indexOf('/', from);
            if (end < 0) {
                end = pointer.length();
            }
            String seg = pointer.substring(from, end);
            seg = seg.indexOf('~') < 0 ? seg : seg.replace("~1", "/").replace("~0", "~");
            Location l = null;
            Object next = null;
            if (node instanceof LocatedMap m) {
                l = m.at.get(seg);
                next = m.get(seg);
            } else if (node instanceof LocatedList list && !seg.isEmpty() && seg.chars().allMatch(Character::isDigit)
                    && seg.length() < 10 && Integer.parseInt(seg) < list.at.size()) {
                l = list.at.get(Integer.parseInt(seg));
                next = list.get(Integer.parseInt(seg));
            }
            if (l == null) {
                return found;
            }
            found = l;
            node = next;
            from = end + 1;
        }
        return found;
    }

    /** Every place in the tree, by JSON pointer ({@code ""} for the root): for tests and diagnostics. */
    public Map<String, Location> locations() {
        Map<String, Location> out = new LinkedHashMap<>();
        if (root != null) {
            out.put("", root);
        }
        collect(data, "", out);
        return out;
    }

    /** Where the text of every scalar value of a mapping starts, by JSON pointer: for tests and diagnostics. */
    public Map<String, Location> textLocations() {
        Map<String, Location> out = new LinkedHashMap<>();
        collectText(data, "", out);
        return out;
    }

    private static void collectText(Object node, String pointer, Map<String, Location> out) {
        if (node instanceof LocatedMap m) {
            for (Map.Entry<String, Object> e : m.entrySet()) {
                String p = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                if (m.text.containsKey(e.getKey())) {
                    out.put(p, m.text.get(e.getKey()));
                }
                collectText(e.getValue(), p, out);
            }
        } else if (node instanceof LocatedList l) {
            for (int i = 0; i < l.size(); i++) {
                collectText(l.get(i), pointer + "/" + i, out);
            }
        }
    }

    private static void collect(Object node, String pointer, Map<String, Location> out) {
        if (node instanceof LocatedMap m) {
            for (Map.Entry<String, Object> e : m.entrySet()) {
                String p = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                out.put(p, m.at.get(e.getKey()));
                collect(e.getValue(), p, out);
            }
        } else if (node instanceof LocatedList l) {
            for (int i = 0; i < l.size(); i++) {
                out.put(pointer + "/" + i, l.at.get(i));
                collect(l.get(i), pointer + "/" + i, out);
            }
        }
    }
}

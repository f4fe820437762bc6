package dev.canvas.parse;

import dev.canvas.model.Location;
import java.util.Map;
import java.util.Objects;

/**
 * A YAML canvas as plain data, for schema validation, with where each value stands.
 *
 * @param data      {@code Map<String,Object>}, {@code List<Object>}, {@code String}, {@code Boolean},
 *                  {@code Number} or {@code null} for YAML null, as JSON would have it
 * @param locations JSON pointer ({@code ""} for the root, {@code /squares/success_metrics}) to the place of
 *                  the key (for map entries) or the value
 */
public record DataTree(Object data, Map<String, Location> locations) {
    /**
     * Takes {@code locations} as it is, read-only: the readers hand over a map they made for this tree alone (a copy
     * of a canvas's few hundred locations, for every file, would be work for nothing).
     */
    public DataTree {
        locations = java.util.Collections.unmodifiableMap(Objects.requireNonNull(locations, "locations"));
    }

    /** The place of a pointer, or of its nearest parent that has one, or the file. */
    public Location locate(String pointer, String file) {
        String p = pointer;
        while (true) {
            Location l = locations.get(p);
            if (l != null) {
                return l;
            }
            if (p.isEmpty()) {
                return Location.of(file, 1);
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
    }
}

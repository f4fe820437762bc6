package dev.canvas.config;

import dev.canvas.model.Location;
import dev.canvas.model.Waiver;
import dev.canvas.parse.DataTree;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Waivers as written in YAML (a configuration's or a canvas's {@code waivers:} list): {@code rule}, optional
 * {@code field} or {@code item}, {@code reason}, {@code approved_by}, {@code expires}. What is missing is kept
 * missing here; {@link Waivers} reports it.
 */
public final class WaiverReader {

    private WaiverReader() {
    }

    public static List<Waiver> read(List<?> entries, String pointer, DataTree tree, String file) {
        List<Waiver> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Location at = tree.locate(pointer + "/" + i, file);
            if (!(entries.get(i) instanceof Map<?, ?> m)) {
                out.add(new Waiver("", "", "", "", Optional.empty(), at));
                continue;
            }
            String target = text(m.get("field"));
            if (target.isEmpty()) {
                target = text(m.get("item"));
            }
            Optional<LocalDate> expires;
            try {
                expires = text(m.get("expires")).isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text(m.get("expires"))));
            } catch (DateTimeParseException e) {
                expires = Optional.empty();
            }
            out.add(new Waiver(text(m.get("rule")), target, text(m.get("reason")), text(m.get("approved_by")), expires, at));
        }
        return out;
    }

    private static String text(Object o) {
        return o == null ? "" : String.valueOf(o).strip();
    }
}

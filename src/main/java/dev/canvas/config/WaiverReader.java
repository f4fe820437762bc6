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
 * missing here; {@link Waivers} reports it. A canvas's list is read from its data tree ({@link #read}); a
 * configuration's is bound by Jackson ({@link ConfigFile.Waiver}) and made waivers the same way ({@link #waiver}).
 */
public final class WaiverReader {

    private WaiverReader() {
    }

    /** A canvas's {@code waivers:} list; {@code pointer} is where it stands in {@code tree}. */
    public static List<Waiver> read(List<?> entries, String pointer, DataTree tree, String file) {
        List<Waiver> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Location at = tree.locate(pointer + "/" + i, file);
            if (!(entries.get(i) instanceof Map<?, ?> m)) {
                out.add(new Waiver("", "", "", "", Optional.empty(), at));
                continue;
            }
            out.add(waiver(m.get("rule"), m.get("field"), m.get("item"), m.get("reason"), m.get("approved_by"), m.get("expires"), at));
        }
        return out;
    }

    /** A waiver from its keys' values as written (null when missing); an expiry that is not a date is none. */
    static Waiver waiver(Object rule, Object field, Object item, Object reason, Object approvedBy, Object expires, Location at) {
        String target = text(field);
        if (target.isEmpty()) {
            target = text(item);
        }
        Optional<LocalDate> until;
        try {
            until = text(expires).isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text(expires)));
        } catch (DateTimeParseException e) {
            until = Optional.empty();
        }
        return new Waiver(text(rule), target, text(reason), text(approvedBy), until, at);
    }

    private static String text(Object o) {
        return o == null ? "" : String.valueOf(o).strip();
    }
}

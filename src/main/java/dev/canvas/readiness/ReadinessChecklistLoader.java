package dev.canvas.readiness;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistItem;
import dev.canvas.model.ChecklistKind;
import dev.canvas.model.Location;
import dev.canvas.model.ReadinessSpec;
import dev.canvas.model.SignoffRole;
import dev.canvas.model.Square;
import dev.canvas.parse.YamlTreeReader;
import dev.canvas.text.MatchText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the bundled Production Readiness Checklist and adds it to a production definition. */
public final class ReadinessChecklistLoader {

    /** Checklist id of the readiness checklist (YAML canvases keep it under {@code checklist:}). */
    public static final String CHECKLIST_ID = "readiness";
    public static final String BUNDLED = "production-readiness-checklist.yaml";
    private static volatile Loaded bundled;
    private static final java.util.regex.Pattern SQUARE_GROUP = java.util.regex.Pattern.compile("^Square (\\d+)");

    private record Loaded(String name, String kind, Map<Integer, List<Item>> squares, int deploy, int gaps,
                          List<SignoffRole> signoffs) {
    }

    /** An item as the data gives it: its text and its key words ({@link ChecklistItem#words}). */
    private record Item(String text, List<String> words) {
    }

    /** A key word: letters and digits in lower case, optionally ending in '*'. */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{Ll}\\p{Nd}]+\\*?");

    private ReadinessChecklistLoader() {
    }

    /**
     * The definition with the readiness checklist added, when the checklist is for the definition's kind; items
     * are grouped under the definition's square labels ("Square 3: Robust Agent Architecture").
     */
    public static CanvasDefinition addTo(CanvasDefinition def) {
        return addTo(def, false);
    }

    /**
     * {@link #addTo}, for a project's own template: only when it has every square the checklist names (the method's
     * Production Canvas, as BMAD's template words it), since the checklist's items are about those squares. A
     * template of other squares (a trimmed one of a project's own) is returned as it is.
     */
    public static CanvasDefinition addToMethodTemplate(CanvasDefinition def) {
        return addTo(def, true);
    }
    private static CanvasDefinition addTo(CanvasDefinition def, boolean everySquare) {
        Loaded l = load();
        if (!l.kind().equals(def.kind()) || def.readiness().isPresent()
                || everySquare && !l.squares().keySet().stream().allMatch(n -> def.square(n).isPresent())) {
            return def;
        }
        List<ChecklistItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<Integer, List<Item>> e : l.squares().entrySet()) {
            String group = def.square(e.getKey()).map(Square::label).orElse("Square " + e.getKey());
            for (Item item : e.getValue()) {
                String text = item.text();
                String base = MatchText.slug(text);
                String id = base;
                for (int n = 2; !ids.add(id); n++) {
                    id = base + "-" + n;
                }
                items.add(new ChecklistItem(id, text, group, Location.of("bundled:" + BUNDLED), item.words()));
            }
        }
        Checklist c = new Checklist(CHECKLIST_ID, l.name(), ChecklistKind.READINESS, 0, items);
        return def.withReadiness(c, new ReadinessSpec(CHECKLIST_ID, l.deploy(), l.gaps(), l.signoffs()));
    }

    /** The square number of a readiness item's group ("Square 3: ..." is 3), or 0. */
    public static int squareOf(ChecklistItem item) {
        return SQUARE_OF_GROUP.computeIfAbsent(item.group(), g -> {
            var m = SQUARE_GROUP.matcher(g);
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        });
    }

    /** The square of each group label read so far: a checklist has a dozen groups and a check asks for every item. */
    private static final Map<String, Integer> SQUARE_OF_GROUP = new java.util.concurrent.ConcurrentHashMap<>();

    /** An item of the data: its text alone, or {@code {text: ..., words: [...]}}. */
    private static Item item(Object o) {
        if (!(o instanceof Map<?, ?> m)) {
            return new Item(String.valueOf(o), List.of());
        }
        List<String> words = new ArrayList<>();
        if (m.get("words") instanceof List<?> ws) {
            for (Object w : ws) {
                String alt = String.valueOf(w).strip();
                for (String word : alt.split(" +")) {
                    if (!WORD.matcher(word).matches()) {
                        throw new IllegalStateException(BUNDLED + ": key word '" + word + "' of '" + m.get("text")
                                + "' is not lower-case letters and digits (with an optional '*')");
                    }
                }
                words.add(alt);
            }
        }
        return new Item(String.valueOf(m.get("text")), words);
    }

    @SuppressWarnings("unchecked")
    private static Loaded load() {
        Loaded l = bundled;
        if (l != null) {
            return l;
        }
        Map<String, Object> root = (Map<String, Object>) YamlTreeReader.readBundled("/dev/canvas/templates/" + BUNDLED).data();
        Map<Integer, List<Item>> squares = new java.util.TreeMap<>();
        ((Map<Object, Object>) root.get("squares")).forEach((k, v) -> squares.put(Integer.parseInt(String.valueOf(k)),
                ((List<Object>) v).stream().map(ReadinessChecklistLoader::item).toList()));
        Map<String, Object> t = (Map<String, Object>) root.get("thresholds");
        List<SignoffRole> roles = new ArrayList<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) root.get("signoffs")) {
            roles.add(new SignoffRole((String) r.get("id"), (String) r.get("role"), (String) r.get("covers")));
        }
        l = new Loaded((String) root.get("name"), (String) root.get("kind"), squares,
                ((Number) t.get("deploy")).intValue(), ((Number) t.get("address_gaps")).intValue(), roles);
        bundled = l;
        return l;
    }
}

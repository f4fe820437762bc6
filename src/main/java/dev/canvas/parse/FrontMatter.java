package dev.canvas.parse;

import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Finding;
import dev.canvas.model.Location;
import dev.canvas.text.Excerpt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Markdown canvas's YAML front matter, between a first line {@code ---} and a closing {@code ---} or {@code ...}
 * line. Read with snakeyaml ({@link YamlTreeReader}) rather than commonmark's front-matter extension, whose parser
 * takes only a subset of YAML and keeps no line numbers. Unknown keys are allowed.
 *
 * @param kind     the {@code canvas:} value, or ""
 * @param data     the front matter as plain data (empty when not a mapping)
 * @param findings what is wrong with it
 * @param tree     the data with locations, when it is a mapping
 * @param lines    the number of lines up to its closing line (the body leaves them empty, so that line numbers keep)
 * @param end      where its closing line ends in the text: at its '\n', or at the end of the text
 */
record FrontMatter(String kind, Map<String, Object> data, List<Finding> findings, Optional<DataTree> tree, int lines,
                   int end) {

    /**
     * The front matter at the start of {@code t}, whose lines end at '\n' (a '\r' before one is stripped with the
     * other spaces); empty without one: no first line {@code ---}, or no closing line (commonmark then reads the
     * {@code ---} as a rule).
     */
    static Optional<FrontMatter> find(String file, String t) {
        int firstEnd = lineEnd(t, 0);
        if (firstEnd == t.length() || !t.substring(0, firstEnd).strip().equals("---")) {
            return Optional.empty();
        }
        int yamlStart = firstEnd + 1;
        int closeStart = yamlStart;
        int closeLine = 1; // numbered from 0, the opening line
        while (!closes(t, closeStart)) {
            int end = lineEnd(t, closeStart);
            if (end == t.length()) {
                return Optional.empty();
            }
            closeStart = end + 1;
            closeLine++;
        }
        return Optional.of(read(file, t.substring(yamlStart, closeStart), closeLine, lineEnd(t, closeStart)));
    }

    /** Reads front matter text whose first line is line 2 of the file. */
    private static FrontMatter read(String file, String yaml, int lines, int end) {
        YamlTreeReader.Result r = YamlTreeReader.read(file, yaml, 1, "front matter");
        List<Finding> findings = new ArrayList<>(r.findings());
        if (r.tree().isEmpty()) {
            return new FrontMatter("", Map.of(), findings, Optional.empty(), lines, end);
        }
        Object data = r.tree().get().data();
        if (!(data instanceof Map<?, ?> m)) {
            findings.add(ParseFindings.syntax(r.tree().get().locate("", file),
                    "front matter is not a YAML mapping", "write front matter as 'key: value' lines between '---' lines"));
            return new FrontMatter("", Map.of(), findings, Optional.empty(), lines, end);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) m;
        Object kind = map.get("canvas");
        // a kind is a short id; a longer value cannot match one, and is quoted in messages: keep it short
        return new FrontMatter(kind instanceof String s ? Excerpt.of(s.strip()) : "", map, findings, r.tree(), lines, end);
    }

    /** The readiness checklist file the canvas names with {@code checklist:}, if it names one. */
    Optional<CanvasDocument.Reference> checklist(String file) {
        if (data.get("checklist") instanceof String ref && !ref.isBlank()) {
            return Optional.of(new CanvasDocument.Reference(ref.strip(),
                    tree.map(tr -> tr.locate("/checklist", file)).orElse(Location.of(file, 1))));
        }
        return Optional.empty();
    }

    /** Whether the line that starts at {@code start} is a front matter's closing "---" or "...". */
    private static boolean closes(String t, int start) {
        String s = t.substring(start, lineEnd(t, start)).strip();
        return s.equals("---") || s.equals("...");
    }

    /** Where the line that starts at {@code start} ends: at its '\n', or at the end of {@code t}. */
    private static int lineEnd(String t, int start) {
        int nl = t.indexOf('\n', start);
        return nl < 0 ? t.length() : nl;
    }
}

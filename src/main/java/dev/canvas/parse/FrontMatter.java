package dev.canvas.parse;

import dev.canvas.model.Finding;
import dev.canvas.text.Excerpt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Markdown canvas's YAML front matter. Read with snakeyaml rather than commonmark's front-matter extension,
 * whose parser takes only a subset of YAML and keeps no line numbers. Unknown keys are allowed.
 *
 * @param kind     the {@code canvas:} value, or ""
 * @param data     the front matter as plain data (empty when absent or not a mapping)
 * @param findings what is wrong with it
 */
record FrontMatter(String kind, Map<String, Object> data, List<Finding> findings, java.util.Optional<DataTree> tree) {

    /** Reads front matter text whose first line is line {@code lineOffset + 1} of the file. */
    static FrontMatter read(String file, String yaml, int lineOffset) {
        YamlTreeReader.Result r = YamlTreeReader.read(file, yaml, lineOffset, "front matter");
        List<Finding> findings = new ArrayList<>(r.findings());
        if (r.tree().isEmpty()) {
            return new FrontMatter("", Map.of(), findings, java.util.Optional.empty());
        }
        Object data = r.tree().get().data();
        if (!(data instanceof Map<?, ?> m)) {
            findings.add(ParseFindings.syntax(r.tree().get().locate("", file),
                    "front matter is not a YAML mapping", "write front matter as 'key: value' lines between '---' lines"));
            return new FrontMatter("", Map.of(), findings, java.util.Optional.empty());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) m;
        Object kind = map.get("canvas");
        // a kind is a short id; a longer value cannot match one, and is quoted in messages: keep it short
        return new FrontMatter(kind instanceof String s ? Excerpt.of(s.strip()) : "", map, findings, r.tree());
    }
}

package dev.canvas.scaffold;

import dev.canvas.model.Answer;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Field;
import dev.canvas.parse.YamlTreeReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a POC canvas already answers for a Production Canvas, by the mapping in {@code poc-to-production.yaml}:
 * each production field gets the answers of the POC fields that inform it, each under its POC question.
 *
 * @param answers        production field id to its pre-filled answer
 * @param prerequisites  production prerequisite item ids a POC that passed its gate confirms
 */
public record Promotion(Map<String, String> answers, Set<String> prerequisites) {

    public static final String MAPPING = "poc-to-production.yaml";

    public Promotion {
        answers = Map.copyOf(answers);
        prerequisites = Set.copyOf(prerequisites);
    }

    /** Maps a POC canvas onto a production definition. */
    @SuppressWarnings("unchecked")
    public static Promotion of(CanvasDocument poc, CanvasDefinition pocDef, CanvasDefinition production) {
        Map<String, Object> mapping = mapping();
        Map<String, Field> pocFields = pocDef.fieldsById();
        Map<String, Field> prodFields = production.fieldsById();
        Map<String, String> answers = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : ((Map<String, Object>) mapping.get("fields")).entrySet()) {
            if (!prodFields.containsKey(e.getKey())) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (Object src : (List<Object>) e.getValue()) {
                Answer a = poc.answers().get(String.valueOf(src));
                Field f = pocFields.get(String.valueOf(src));
                if (a != null && f != null && !a.text().isBlank()) {
                    parts.add("From the POC (" + f.question() + "):\n\n" + a.text().strip());
                }
            }
            if (!parts.isEmpty()) {
                answers.put(e.getKey(), String.join("\n\n", parts));
            }
        }
        List<String> prereqs = ((List<Object>) mapping.getOrDefault("prerequisites", List.of())).stream()
                .map(String::valueOf).toList();
        return new Promotion(answers, Set.copyOf(prereqs));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapping() {
        return (Map<String, Object>) YamlTreeReader.readBundled("/dev/canvas/templates/" + MAPPING).data();
    }
}

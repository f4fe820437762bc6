package dev.canvas.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a canvas must contain, derived from a template: its phases, squares, fields and checklists.
 * Everything the checker requires comes from here; what the template does not define is not required.
 *
 * @param name        the template's name
 * @param kind        the canvas kind a document declares ({@code production}); never empty
 * @param source      where the template came from (a path, or {@code bundled:...})
 * @param phases      in order
 * @param checklists  prerequisites first if any, then in template order (the readiness checklist last, if any)
 * @param readiness   how the Production Readiness Checklist is judged, when the definition has one
 * @param verdictLabels how this kind of canvas words each verdict ("build the POC" for a POC's go); a verdict
 *                      missing here reads as its id
 */
public record CanvasDefinition(String name, String kind, String source, List<Phase> phases, List<Checklist> checklists,
                               Optional<ReadinessSpec> readiness, Map<Verdict, String> verdictLabels) {

    public CanvasDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        phases = List.copyOf(phases);
        checklists = List.copyOf(checklists);
        Objects.requireNonNull(readiness, "readiness");
        verdictLabels = Map.copyOf(verdictLabels);
    }

    /** A definition without readiness checklist, its verdicts worded as their ids. */
    public CanvasDefinition(String name, String kind, String source, List<Phase> phases, List<Checklist> checklists) {
        this(name, kind, source, phases, checklists, Optional.empty(), Map.of());
    }

    /** This definition with a readiness checklist added (replacing one it had). */
    public CanvasDefinition withReadiness(Checklist checklist, ReadinessSpec spec) {
        List<Checklist> cs = new java.util.ArrayList<>(checklists.stream()
                .filter(c -> c.kind() != ChecklistKind.READINESS).toList());
        cs.add(checklist);
        return new CanvasDefinition(name, kind, source, phases, cs, Optional.of(spec), verdictLabels);
    }

    public CanvasDefinition withVerdictLabels(Map<Verdict, String> labels) {
        return new CanvasDefinition(name, kind, source, phases, checklists, readiness, labels);
    }

    /** How this kind of canvas words a verdict. */
    public String label(Verdict v) {
        return verdictLabels.getOrDefault(v, v.id());
    }

    public List<Square> squares() {
        return phases.stream().flatMap(p -> p.squares().stream()).toList();
    }

    public List<Field> fields() {
        return squares().stream().flatMap(s -> s.fields().stream()).toList();
    }

    /** Fields by id, in template order. */
    public Map<String, Field> fieldsById() {
        Map<String, Field> m = new LinkedHashMap<>();
        fields().forEach(f -> m.put(f.id(), f));
        return m;
    }

    public Optional<Square> square(int number) {
        return squares().stream().filter(s -> s.number() == number).findFirst();
    }

    public Optional<Phase> phase(int number) {
        return phases.stream().filter(p -> p.number() == number).findFirst();
    }

    public Optional<Checklist> checklist(String id) {
        return checklists.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}

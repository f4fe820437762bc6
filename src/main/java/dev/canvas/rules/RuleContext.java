package dev.canvas.rules;

import dev.canvas.model.Answer;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Checklist;
import dev.canvas.model.Finding;
import dev.canvas.model.Mark;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rules of one check share about one document checked against one definition, each reading made once, at
 * the first rule that asks for it: the answer to each field of the template, the boxes of a checklist, and for the
 * substance rules the fields answered with substance ({@link AnsweredFields}, with the figures of an ROI answer). {@link RuleSet#check} makes one per document
 * and hands it to every rule in turn; it is not shared between threads (a document and a definition are
 * immutable, so what is read of them stays true while the rules run).
 */
public final class RuleContext {

    private final DefinitionView def;
    private final CanvasDocument doc;
    /** The answer to each of {@link DefinitionView#fields}, or null; read at the first rule that asks. */
    private Answer[] answers;
    private Map<Checklist, Mark[]> marks;
    /** What the substance rules read; made after the completeness rules ran. */
    private AnsweredFields answered;
    /** For each field: why its answer is a built-in stand-in, "" when it is not one, null until asked. */
    private String[] standIns;

    public RuleContext(DefinitionView def, CanvasDocument doc) {
        this.def = def;
        this.doc = doc;
    }

    /** The definition the document is checked against. */
    public CanvasDefinition definition() {
        return def.def;
    }

    /** The document checked. */
    public CanvasDocument document() {
        return doc;
    }

    /** The definition's view: its fields in order, by index. */
    DefinitionView view() {
        return def;
    }

    /** The answer to the template's field {@code i} ({@link DefinitionView#fields}), or null when the canvas lacks it. */
    Answer answer(int i) {
        if (answers == null) {
            Map<String, Answer> all = doc.answers();
            Answer[] a = new Answer[def.fields.length];
            for (int j = 0; j < a.length; j++) {
                a[j] = all.get(def.fields[j].id());
            }
            answers = a;
        }
        return answers[i];
    }

    /**
     * Why the answer to field {@code i} is a stand-in by the built-in phrases ({@link StandIns#why}), or null when
     * it is an answer or there is none: asked once per check, by field-non-answer and by {@link AnsweredFields}.
     */
    String builtInStandIn(int i) {
        if (standIns == null) {
            standIns = new String[def.fields.length];
        }
        if (standIns[i] == null) {
            Answer a = answer(i);
            String why = a == null ? null : StandIns.BUILT_IN.why(a.text());
            standIns[i] = why == null ? "" : why;
        }
        return standIns[i].isEmpty() ? null : standIns[i];
    }

    /**
     * Records what the completeness rules (every rule that is not a {@link SubstanceRule}) found: the fields they
     * reported on are not answered, whatever their text. {@link RuleSet#check} calls it once, before the first
     * substance rule.
     */
    void completenessFound(List<Finding> findings) {
        Set<String> wanting = new HashSet<>();
        for (Finding f : findings) {
            if (!f.subject().field().isEmpty()) {
                wanting.add(f.subject().field());
            }
        }
        answered = new AnsweredFields(this, wanting);
    }

    /**
     * The fields answered with substance: all a {@link SubstanceRule} reads. Before {@link #completenessFound}, the
     * fields whose text is an answer (as when the completeness rules are off).
     */
    AnsweredFields answered() {
        if (answered == null) {
            answered = new AnsweredFields(this, Set.of());
        }
        return answered;
    }

    /** The box of each of the checklist's items ({@link CanvasDocument#marks}), null where the canvas has none. */
    Mark[] marks(Checklist c) {
        if (marks == null) {
            marks = new IdentityHashMap<>();
        }
        Mark[] m = marks.get(c);
        if (m == null) {
            Map<String, Mark> all = doc.marks(c.id());
            m = new Mark[c.items().size()];
            for (int i = 0; i < m.length; i++) {
                m[i] = all.get(c.items().get(i).id());
            }
            marks.put(c, m);
        }
        return m;
    }
}

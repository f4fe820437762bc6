package dev.canvas.rules;

import dev.canvas.figures.Figure;
import dev.canvas.figures.FigureReader;
import dev.canvas.model.Answer;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Checklist;
import dev.canvas.model.Mark;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the rules of one check share about one document checked against one definition, each reading made once, at
 * the first rule that asks for it: the answer to each field of the template, which of them are answered with
 * substance, the boxes of a checklist, the figures of an ROI answer. {@link RuleSet#check} makes one per document
 * and hands it to every rule in turn; it is not shared between threads (a document and a definition are
 * immutable, so what is read of them stays true while the rules run).
 */
public final class RuleContext {

    private final DefinitionView def;
    private final CanvasDocument doc;
    /** The answer to each of {@link DefinitionView#fields}, or null; read at the first rule that asks. */
    private Answer[] answers;
    /** For each field: 0 not yet known, 1 answered with substance, 2 not (absent, blank, a stand-in, a justified N/A). */
    private byte[] substance;
    private Map<Checklist, Mark[]> marks;
    private Map<Answer, RoiFigures> roi;
    private Map<Answer, List<Figure>> figures;

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
     * The fields among {@code ids} that the template defines and the canvas answers with text, in order. A
     * substance rule looks only at these: an absent, empty or stand-in answer ({@code {{placeholder}}}, TBD) is
     * already the completeness rules' finding, and a justified "N/A: out of scope - ..." is an answer that
     * substance rules leave alone.
     */
    List<Answered> answered(List<String> ids) {
        List<Answered> out = new ArrayList<>();
        for (String id : ids) {
            int[] ix = def.indexes(id);
            if (ix.length == 0 || !hasSubstance(ix[0])) {
                continue; // not a field of the template, or nothing to read in its answer
            }
            for (int i : ix) {
                out.add(new Answered(def.squareOf[i], def.fields[i], answer(ix[0])));
            }
        }
        return out;
    }

    /** The first of {@link #answered} for one field id. */
    Optional<Answered> first(String id) {
        List<Answered> a = answered(List.of(id));
        return a.isEmpty() ? Optional.empty() : Optional.of(a.get(0));
    }

    private boolean hasSubstance(int i) {
        if (substance == null) {
            substance = new byte[def.fields.length];
        }
        if (substance[i] == 0) {
            Answer a = answer(i);
            boolean yes = a != null && !a.text().isBlank() && !NotApplicableRule.isJustified(a.text())
                    && !StandIns.BUILT_IN.isStandIn(a.text());
            substance[i] = (byte) (yes ? 1 : 2);
        }
        return substance[i] == 1;
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

    /**
     * The figures of an answer ({@link FigureReader#read}), read once whatever the number of rules that look at them
     * (economics-at-scale reads every answer; sla-measurable and scale-milestones read some of them again).
     */
    List<Figure> figures(Answer a) {
        if (figures == null) {
            figures = new IdentityHashMap<>();
        }
        return figures.computeIfAbsent(a, x -> FigureReader.read(x.text()));
    }

    /** The figures of an ROI answer, read once whatever the number of rules that judge them. */
    RoiFigures roi(Answered a) {
        if (roi == null) {
            roi = new IdentityHashMap<>();
        }
        return roi.computeIfAbsent(a.answer(), x -> RoiFigures.of(x.text()));
    }
}

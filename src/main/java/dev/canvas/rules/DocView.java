package dev.canvas.rules;

import dev.canvas.model.Answer;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Checklist;
import dev.canvas.model.Mark;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What several rules read of one document checked against one definition, read once: the answer to each field
 * of the template, the boxes of a checklist. The rules of a file run one after the other on one thread, so the
 * view of the document being checked is kept per thread (the last one only); a document and a definition are
 * immutable, so what is read of them stays true.
 */
final class DocView {

    private static final ThreadLocal<DocView> LAST = new ThreadLocal<>();

    final DefView def;
    final CanvasDocument doc;
    private final Answer[] answers;
    private boolean answersRead;
    private Map<Checklist, Mark[]> marks;

    private DocView(DefView def, CanvasDocument doc) {
        this.def = def;
        this.doc = doc;
        this.answers = new Answer[def.fields.length];
    }

    static DocView of(CanvasDefinition def, CanvasDocument doc) {
        DocView v = LAST.get();
        if (v == null || v.doc != doc || v.def.def != def) {
            // the definition's view of the last document on this thread, when it is the same definition: threads
            // checking against other definitions then do not take turns at the shared one
            v = new DocView(v != null && v.def.def == def ? v.def : DefView.of(def), doc);
            LAST.set(v);
        }
        return v;
    }

    /** The answer to the template's field {@code i} ({@link DefView#fields}), or null when the canvas lacks it. */
    Answer answer(int i) {
        if (!answersRead) {
            Map<String, Answer> all = doc.answers();
            for (int j = 0; j < answers.length; j++) {
                answers[j] = all.get(def.fields[j].id());
            }
            answersRead = true;
        }
        return answers[i];
    }

    /** {@link AnswerText#answered}: the fields among {@code ids} that the canvas answers with text, in order. */
    List<AnswerText.Answered> answered(List<String> ids) {
        List<AnswerText.Answered> out = new ArrayList<>();
        for (String id : ids) {
            int[] ix = def.indexes(id);
            if (ix.length == 0) {
                continue; // not a field of the template: nothing to read
            }
            Answer a = answer(ix[0]);
            if (a == null || a.text().isBlank() || NotApplicableRule.isJustified(a.text()) || NonAnswerRule.isStandIn(a.text())) {
                continue;
            }
            for (int i : ix) {
                out.add(new AnswerText.Answered(def.squareOf[i], def.fields[i], a));
            }
        }
        return out;
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

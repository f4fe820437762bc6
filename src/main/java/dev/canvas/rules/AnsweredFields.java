package dev.canvas.rules;

import dev.canvas.figures.Figure;
import dev.canvas.figures.FigureReader;
import dev.canvas.model.Answer;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.Field;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link SubstanceRule} sees of a document: the fields the template defines and the canvas answers with
 * substance, and nothing of the others. A field is answered when its answer is there, not blank, not a stand-in
 * ({@code {{placeholder}}}, TBD), not a justified "N/A: out of scope - ..." (an answer the substance rules leave
 * alone), and no completeness rule (field-empty, field-non-answer with its configured phrases and word counts,
 * not-applicable-reason, a project's required-field) reported on it: an unanswered field gets that rule's finding
 * and nothing else. Made once per document, after the completeness rules ran ({@link RuleContext#answered}).
 */
final class AnsweredFields {

    private final RuleContext ctx;
    /** Field ids a completeness rule reported on. */
    private final Set<String> wanting;
    /** For each field: 0 not yet known, 1 answered with substance, 2 not. */
    private final byte[] substance;
    private Map<Answer, RoiFigures> roi;
    private Map<Answer, List<Figure>> figures;

    AnsweredFields(RuleContext ctx, Set<String> wanting) {
        this.ctx = ctx;
        this.wanting = Set.copyOf(wanting);
        this.substance = new byte[ctx.view().fields.length];
    }

    /** The definition the document is checked against. */
    CanvasDefinition definition() {
        return ctx.definition();
    }

    /** The file the document was read from, as reports name it. */
    String file() {
        return ctx.document().file();
    }

    /** Whether the template defines a field of this id (answered or not). */
    boolean defines(String id) {
        return ctx.view().indexes(id).length > 0;
    }

    /** The fields among {@code ids} that are answered, in order (a field the template repeats, once per place). */
    List<Answered> answered(List<String> ids) {
        DefinitionView v = ctx.view();
        List<Answered> out = new ArrayList<>();
        for (String id : ids) {
            int[] ix = v.indexes(id);
            if (ix.length == 0 || !answered(ix[0])) {
                continue; // not a field of the template, or nothing to read in its answer
            }
            for (int i : ix) {
                out.add(new Answered(v.squareOf[i], v.fields[i], ctx.answer(ix[0])));
            }
        }
        return out;
    }

    /** Every answered field, in template order. */
    List<Answered> all() {
        DefinitionView v = ctx.view();
        List<Answered> out = new ArrayList<>();
        for (int i = 0; i < v.fields.length; i++) {
            int first = v.indexes(v.fields[i].id())[0];
            if (answered(first)) {
                out.add(new Answered(v.squareOf[i], v.fields[i], ctx.answer(first)));
            }
        }
        return out;
    }

    /** The first of {@link #answered} for one field id. */
    Optional<Answered> first(String id) {
        List<Answered> a = answered(List.of(id));
        return a.isEmpty() ? Optional.empty() : Optional.of(a.get(0));
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

    private boolean answered(int i) {
        if (substance[i] == 0) {
            Field f = ctx.view().fields[i];
            Answer a = ctx.answer(i);
            boolean yes = a != null && !a.text().isBlank() && !wanting.contains(f.id())
                    && !NotApplicableRule.isJustified(a.text()) && ctx.builtInStandIn(i) == null;
            substance[i] = (byte) (yes ? 1 : 2);
        }
        return substance[i] == 1;
    }
}

package dev.canvas.rules;

import dev.canvas.figures.Figure;
import dev.canvas.figures.FigureReader;
import dev.canvas.model.Answer;
import dev.canvas.model.Severity;
import dev.canvas.model.Subject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The economics at 10x and 100x today's scale are addressed somewhere in the canvas (the method's prerequisite):
 * some answer states a multiple of 10 ({@code 10x}, {@code x10}, {@code 10×}, "ten times", "10-fold") and one of
 * 100.
 */
public final class EconomicsAtScaleRule extends SubstanceRule {

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "economics-at-scale";
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.GAP,
            "the canvas addresses the economics at 10x and 100x scale")
            .explained("A prerequisite of the method (and a POC gate item) is that the economics stay viable at 10x and "
                    + "100x scale; some answer must say how. Applies to templates with one of anchor_fields (the "
                    + "production cost constraints, the POC cost analysis), once that field is answered; the finding "
                    + "points at it.")
            .passing("At 10x volume the cost per exception falls to EUR 0.40; at 100x, EUR 0.25 with batching.")
            .failing("(no answer mentions 10x or 100x)")
            .defaults("fields", List.of(), "anchor_fields", List.of("cost_constraints", "cost_analysis"));

    public EconomicsAtScaleRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    void judge(AnsweredFields in, FindingSink out) {
        String anchor = spec.strings("anchor_fields", List.of("cost_constraints", "cost_analysis")).stream()
                .filter(in::defines).findFirst().orElse(null);
        if (anchor == null) {
            return; // a template without a field that holds the economics does not ask for them
        }
        Optional<Answered> answered = in.first(anchor);
        if (answered.isEmpty()) {
            return; // the field that holds the economics is not answered yet: its completeness finding says so
        }
        List<String> fields = spec.strings("fields", List.of());
        List<Answer> answers = new ArrayList<>();
        (fields.isEmpty() ? in.all() : in.answered(fields)).forEach(x -> answers.add(x.answer()));
        if (answers.isEmpty()) {
            return; // none of the fields named is answered: the completeness rules say so
        }
        boolean ten = false;
        boolean hundred = false;
        for (Answer a : answers) {
            if (!FigureReader.mayHoldMultiple(a.text())) {
                continue; // most answers: no figure of them is a multiple, and reading them all costs
            }
            for (Figure f : in.figures(a)) {
                if (f.kind() == Figure.Kind.MULTIPLE) {
                    ten = ten || f.value().compareTo(BigDecimal.TEN) == 0;
                    hundred = hundred || f.value().compareTo(BigDecimal.valueOf(100)) == 0;
                }
            }
            if (ten && hundred) {
                return;
            }
        }
        String missing = !ten && !hundred ? "10x and 100x" : !ten ? "10x" : "100x";
        Answered a = answered.get();
        out.report(a.answer().location(), Subject.field(a.square(), a.field()),
                "the canvas does not address the economics at " + missing + " scale",
                "show cost and value at 10x and at 100x today's usage, written '10x' and '100x' (e.g. in the cost constraints)");
    }
}

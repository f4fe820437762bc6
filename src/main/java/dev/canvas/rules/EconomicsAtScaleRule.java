package dev.canvas.rules;

import dev.canvas.model.Answer;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Location;
import dev.canvas.model.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The economics at 10x and 100x today's scale are addressed somewhere in the canvas (the method's prerequisite). */
public final class EconomicsAtScaleRule extends SpecRule {

    // "10x", "10 ×", "ten times", "10-fold"; "100x", "a hundred times". Searched for in every answer, so tried at
    // every position of the canvas's text: the look-ahead names the characters a match can start with (keep it in
    // step with the alternatives), so that the word boundary, the costly test, is made only there
    static final Pattern TEN = Pattern.compile("(?i)(?=[1t])\\b(?:10\\s?[x×]|(10|ten)[- ]?(times|fold)\\b)");
    static final Pattern HUNDRED = Pattern.compile("(?i)(?=[1ha])\\b(?:100\\s?[x×]|(100|hundred|a hundred)[- ]?(times|fold)\\b)");
    /**
     * Both, with what their matches start with ("10", "ten"; "100", "hundred", "a hundred"): one pass over an answer
     * finds where they could match, and they are tried only there.
     */
    private static final PatternSet SCALES = PatternSet.of(TEN, HUNDRED);

    public EconomicsAtScaleRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        DocView v = DocView.of(def, doc);
        String anchor = spec.strings("anchor_fields", List.of("cost_constraints", "cost_analysis")).stream()
                .filter(id -> v.def.indexes(id).length > 0).findFirst().orElse(null);
        if (anchor == null) {
            return; // a template without a field that holds the economics does not ask for them
        }
        List<String> fields = spec.strings("fields", List.of());
        List<Answer> answers = new ArrayList<>();
        if (fields.isEmpty()) {
            for (int i = 0; i < v.def.fields.length; i++) {
                Answer a = v.answer(i);
                if (a != null) {
                    answers.add(a);
                }
            }
        } else {
            AnswerText.answered(def, doc, fields).forEach(x -> answers.add(x.answer()));
        }
        if (answers.isEmpty()) {
            return; // nothing answered: the completeness rules say so
        }
        // whether some answer has TEN, and some HUNDRED: searched until both are found, the anchor's answer first,
        // where the economics are expected to be (the order does not change what is found). It is found by identity:
        // the answers are the document's own, and a record's equals is bootstrapped on its first call (20 ms of a
        // one-file check, in method handles that the class-data archive cannot hold)
        Answer first = doc.answers().get(anchor);
        Location firstRead = answers.get(0).location(); // where the finding is, without an anchor answered
        for (int i = 1; i < answers.size(); i++) {
            if (answers.get(i) == first) {
                answers.add(0, answers.remove(i));
                break;
            }
        }
        boolean ten = false;
        boolean hundred = false;
        for (Answer a : answers) {
            PatternSet.Hits h = SCALES.scan(a.text());
            ten = ten || h.find(0);
            hundred = hundred || h.find(1);
            if (ten && hundred) {
                break;
            }
        }
        if (!ten || !hundred) {
            String missing = !ten && !hundred ? "10x and 100x" : !ten ? "10x" : "100x";
            var answered = AnswerText.first(def, doc, anchor);
            Location at = answered.map(x -> x.answer().location()).orElse(firstRead);
            out.report(at, answered.map(x -> Subject.field(x.square(), x.field())).orElse(Subject.NONE),
                    "the canvas does not address the economics at " + missing + " scale",
                    "show cost and value at 10x and at 100x today's usage (e.g. in the cost constraints or the ROI)");
        }
    }
}

package dev.canvas.rules;

/**
 * Base of the rules that judge what an answer says (figures, names, outcomes), as opposed to whether there is one.
 * They read the document only through {@link AnsweredFields}: the fields answered with substance, which the
 * completeness rules found nothing wanting in. A field that is absent, empty, still a {@code {{placeholder}}}, a
 * stand-in (TBD) or a bare N/A has exactly the completeness rule's finding and nothing else; once it is answered,
 * the substance rules judge it. {@link RuleSet#check} runs every other rule first, so that the substance rules know
 * which fields those found wanting.
 */
abstract class SubstanceRule extends SpecRule {

    SubstanceRule(RuleSpec spec) {
        super(spec);
    }

    @Override
    public final void check(RuleContext ctx, FindingSink out) {
        judge(ctx.answered(), out);
    }

    /** Reports what the answered fields say that the rule finds wanting. */
    abstract void judge(AnsweredFields in, FindingSink out);
}

package dev.canvas.rules;

import java.util.Objects;

/** Base of the rule classes: holds the spec they are configured by. */
abstract class SpecRule implements Rule {

    protected final RuleSpec spec;

    SpecRule(RuleSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    @Override
    public final RuleSpec spec() {
        return spec;
    }
}

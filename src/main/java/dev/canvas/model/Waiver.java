package dev.canvas.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An accepted exception to a rule: findings it matches stay visible in every report, counted apart, and do
 * not change the verdict. A waiver without a reason or an approver, or past its expiry, waives nothing and is
 * itself a finding.
 *
 * @param rule     the rule id it waives
 * @param target   a field id or checklist item id it is limited to, or "" for every finding of the rule
 * @param reason   why the exception is accepted
 * @param approver who approved it
 * @param expires  the last day it holds; empty when not given (which makes it invalid)
 * @param location where the waiver is written (a config file or the canvas)
 */
public record Waiver(String rule, String target, String reason, String approver, Optional<LocalDate> expires,
                     Location location) {
    public Waiver {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(location, "location");
    }

    /** Whether this waiver covers a finding (same rule, and the same field or item when it names one). */
    public boolean covers(Finding f) {
        return f.rule().equals(rule) && (target.isEmpty() || target.equals(f.subject().field())
                || target.equals(f.subject().item()) || target.equals(f.subject().checklist() + "/" + f.subject().item()));
    }
}

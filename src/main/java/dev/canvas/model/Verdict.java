package dev.canvas.model;

/** The three outcomes of the decision gate, from best to worst. */
public enum Verdict {
    GO("go", "Deploy to production"),
    FIX_GAPS("fix-gaps", "Address the gaps before deploying"),
    DO_NOT_DEPLOY("do-not-deploy", "Do NOT deploy");

    private final String id;
    private final String advice;

    Verdict(String id, String advice) {
        this.id = id;
        this.advice = advice;
    }

    /** {@code go}, {@code fix-gaps} or {@code do-not-deploy}: the spelling used in every output. */
    public String id() {
        return id;
    }

    /** What the method says to do on this outcome. */
    public String advice() {
        return advice;
    }

    public Verdict worst(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public static Verdict fromId(String id) {
        for (Verdict v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown verdict: " + id);
    }
}

package dev.canvas.model;

/**
 * How many of something are done.
 *
 * @param done  at most {@code total}
 * @param total 0 when there is nothing to do
 */
public record Progress(int done, int total) {
    public Progress {
        if (done < 0 || total < 0 || done > total) {
            throw new IllegalArgumentException("progress " + done + "/" + total);
        }
    }

    public Progress plus(Progress o) {
        return new Progress(done + o.done, total + o.total);
    }

    public boolean complete() {
        return done == total;
    }

    /** Whole percent, rounded down so that 99.6% never shows as 100%; 100 when there is nothing to do. */
    public int percent() {
        return total == 0 ? 100 : (int) Math.floor(100.0 * done / total);
    }

    @Override
    public String toString() {
        return done + "/" + total;
    }
}

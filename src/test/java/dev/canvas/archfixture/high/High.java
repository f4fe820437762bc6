package dev.canvas.archfixture.high;

import dev.canvas.archfixture.low.Low;

/** With {@link Low}, a cycle between two packages, for ArchitectureTest's tests of its own rules. */
public final class High {
    public static int value() {
        return 1;
    }

    public static int down() {
        return Low.up();
    }
}

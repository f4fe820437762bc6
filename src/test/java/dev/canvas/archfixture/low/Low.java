package dev.canvas.archfixture.low;

import dev.canvas.archfixture.high.High;

/** Breaks the layers on purpose, for ArchitectureTest's tests of its own rules: a lower package using a higher. */
public final class Low {
    public static int up() {
        return High.value();
    }
}

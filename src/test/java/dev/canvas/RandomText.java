package dev.canvas;

import java.util.Random;

/** Random text for differential tests: pieces chosen at random, so that edge cases meet each other. */
public final class RandomText {

    private RandomText() {
    }

    /** Appends fewer than {@code bound} pieces, each chosen at random (the same pieces for the same random's state). */
    public static StringBuilder append(StringBuilder sb, Random random, String[] pieces, int bound) {
        int n = random.nextInt(bound);
        for (int k = 0; k < n; k++) {
            sb.append(pieces[random.nextInt(pieces.length)]);
        }
        return sb;
    }
}

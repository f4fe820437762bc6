package dev.canvas.parse;

/**
 * What the boxes at one place of a Markdown canvas are about by default, as the headings and labels above them say.
 *
 * @param checklist     the id of the checklist they are taken from first, or "" for none in particular
 * @param keyWordSquare in the readiness checklist's part of a canvas, the square whose readiness items a box may
 *                      name by its key words (0: any square); -1 elsewhere
 */
record BoxContext(String checklist, int keyWordSquare) {

    /** Whether a box here may name a readiness item by its key words. */
    boolean byKeyWords() {
        return keyWordSquare >= 0;
    }
}

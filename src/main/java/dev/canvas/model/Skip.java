package dev.canvas.model;

import java.util.Objects;

/**
 * A path a search passed over that may hold a canvas, or could not read: reported in the run's result, so that a
 * skip is never silent (a file that is plainly not a canvas, such as a README, is not one of these).
 *
 * @param path       as reports name it
 * @param reason     why it was not checked, a few words
 * @param unreadable the path could not be read (a failure of the run), rather than passed over on purpose
 */
public record Skip(String path, String reason, boolean unreadable) {
    public Skip {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }

    /** One line: {@code path: reason}. */
    @Override
    public String toString() {
        return path + ": " + reason;
    }
}

package dev.canvas.rules;

import dev.canvas.model.Answer;
import dev.canvas.model.Field;
import dev.canvas.model.Square;
import java.util.Locale;

/**
 * A field the template defines and the canvas answers with text, with its square: what the substance rules read
 * ({@link RuleContext#answered}).
 */
record Answered(Square square, Field field, Answer answer) {

    String text() {
        return answer.text();
    }

    String lower() {
        return answer.text().toLowerCase(Locale.ROOT);
    }
}

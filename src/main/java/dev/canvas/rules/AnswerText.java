package dev.canvas.rules;

import dev.canvas.model.Answer;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Field;
import dev.canvas.model.Square;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reading answers for substance: which fields a rule looks at, and the names it looks for in them. */
final class AnswerText {

    private AnswerText() {
    }

    /** An answered field the template defines, with its square. */
    record Answered(Square square, Field field, Answer answer) {
        String text() {
            return answer.text();
        }

        String lower() {
            return answer.text().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The fields among {@code ids} that the template defines and the canvas answers with text. A rule looks only
     * at these: an absent, empty or stand-in answer ({@code {{placeholder}}}, TBD) is already the completeness rules'
     * finding, and a justified "N/A: out of scope - ..." is an answer that substance rules leave alone.
     */
    static List<Answered> answered(CanvasDefinition def, CanvasDocument doc, List<String> ids) {
        return DocView.of(def, doc).answered(ids);
    }

    static Optional<Answered> first(CanvasDefinition def, CanvasDocument doc, String id) {
        return answered(def, doc, List.of(id)).stream().findFirst();
    }
}

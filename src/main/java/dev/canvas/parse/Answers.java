package dev.canvas.parse;

import dev.canvas.markdown.CanvasMarkdown;
import dev.canvas.model.Answer;
import dev.canvas.model.Field;
import dev.canvas.model.Location;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.commonmark.node.Node;

/**
 * The answers of a Markdown canvas, collected as its blocks are read: a bold question opens one, the blocks after it
 * are its content, and the next question, heading or rule closes it; its text is then cut from the body by line, as
 * written (lists, tables and all).
 */
final class Answers {

    private final MarkdownBody body;
    private final Function<Node, Location> at;
    private final Map<String, Answer> answers = new LinkedHashMap<>();
    /** The question being answered, or null. */
    private Field open;
    private Location question;
    /** The first and the last block of its answer, or null while it has none. */
    private Node first;
    private Node last;

    /** {@code at} gives a block's location. */
    Answers(MarkdownBody body, Function<Node, Location> at) {
        this.body = body;
        this.at = at;
    }

    /** Opens the answer to {@code field}, whose question is at {@code question}, closing the open one. */
    void open(Field field, Location question) {
        close();
        this.open = field;
        this.question = question;
    }

    boolean isOpen() {
        return open != null;
    }

    /** Adds a block to the open answer, if one is open. */
    void add(Node block) {
        if (open != null) {
            if (first == null) {
                first = block;
            }
            last = block;
        }
    }

    /** Closes the open answer, if any: its text is the lines from its first block to its last. */
    void close() {
        if (open == null) {
            return;
        }
        if (first == null) {
            answers.put(open.id(), new Answer(open.id(), "", question));
        } else {
            String text = body.lines(CanvasMarkdown.line(first), CanvasMarkdown.lastLine(last));
            answers.put(open.id(), new Answer(open.id(), text, at.apply(first)));
        }
        open = null;
        first = null;
        last = null;
    }

    /** Adds an answer written on its question's line ("**Question?** answer"), closing the open one. */
    void put(Answer answer) {
        close();
        answers.put(answer.fieldId(), answer);
    }

    /** The answers so far, by field id, in the order they were closed. */
    Map<String, Answer> all() {
        return answers;
    }
}

package dev.canvas.parse;

import dev.canvas.model.Answer;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistItem;
import dev.canvas.model.Field;
import dev.canvas.model.SignoffRole;
import dev.canvas.model.Square;
import dev.canvas.text.KeyWords;
import dev.canvas.text.MatchText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The template as a Markdown canvas is matched against it: its questions, labels, squares, readiness checklist and
 * sign-off roles by the match keys of their texts ({@link MatchText#key}), so that rewording, emphasis, emoji and
 * mojibake do not matter, and its checklist items through an {@link ItemMatcher}. Built once per template and only
 * read afterwards: parses on several threads share it.
 */
final class TemplateIndex {

    private static final double QUESTION_SIMILARITY = 0.6;

    private final CanvasDefinition definition;
    private final Map<String, List<Field>> fieldsByKey = new HashMap<>();
    /** The words of each question's match key, for similarity (fuzzy matching compares questions against them). */
    private final Map<Field, String[]> questionWords = new IdentityHashMap<>();
    private final Set<String> labelKeys = new HashSet<>();
    /**
     * The match key of each text of the template (questions, items, groups, roles), by the text: a canvas mostly
     * repeats them word for word, and looking a key up costs far less than computing it again for every file.
     */
    private final TextTable templateTexts;
    /** What the definition finds by scanning all its phases on every call: looked up here instead. */
    private final Map<String, Field> fieldsById;
    private final Map<Integer, Square> squaresByNumber = new HashMap<>();
    private final int squareCount;
    /** The readiness checklist's id, if the template has one. */
    private final Optional<String> readinessId;
    /** The key of the readiness checklist's title ("production readiness checklist"), or null. */
    private final String readinessTitleKey;
    private final List<RoleKeys> signoffRoles = new ArrayList<>();
    private final ItemMatcher items;

    /** A sign-off role with the match keys of its name and id. */
    record RoleKeys(SignoffRole role, String roleKey, String idKey) {
    }

    TemplateIndex(CanvasDefinition definition) {
        this.definition = definition;
        Map<String, String> keys = new HashMap<>(); // of the template's texts, each computed once
        Function<String, String> templateKey = text -> keys.computeIfAbsent(text, MatchText::key);
        for (Field f : definition.fields()) {
            String k = templateKey.apply(f.question());
            questionWords.put(f, KeyWords.words(k));
            fieldsByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
        }
        labelKeys.add("prerequisites");
        labelKeys.add("validation gate");
        String readiness = definition.readiness().map(r -> r.checklistId()).orElse(null);
        String readinessTitle = null;
        for (Checklist c : definition.checklists()) {
            for (ChecklistItem i : c.items()) {
                if (!i.group().isEmpty()) {
                    labelKeys.add(templateKey.apply(i.group()));
                }
            }
            if (c.id().equals(readiness)) {
                readinessTitle = templateKey.apply(c.title());
            }
        }
        readinessId = Optional.ofNullable(readiness);
        readinessTitleKey = readinessTitle;
        items = new ItemMatcher(definition, templateKey);
        fieldsById = definition.fieldsById();
        List<Square> squares = definition.squares();
        for (Square sq : squares) {
            squaresByNumber.putIfAbsent(sq.number(), sq); // the first of a number, as definition.square(n) finds it
        }
        squareCount = squares.size();
        for (SignoffRole role : definition.readiness().map(r -> r.signoffs()).orElse(List.of())) {
            signoffRoles.add(new RoleKeys(role, templateKey.apply(role.role()), MatchText.key(role.id())));
        }
        templateTexts = new TextTable(keys);
    }

    CanvasDefinition definition() {
        return definition;
    }

    /** {@link MatchText#key} of a text of the canvas; read-only lookups, so parsing stays thread-safe. */
    String key(String text) {
        String k = templateTexts.get(text);
        return k != null ? k : MatchText.key(text);
    }

    /**
     * The field whose question has match key {@code key}, preferring one of {@code square}; else, with a square, its
     * unanswered question most similar to it, if similar enough.
     */
    Optional<Field> question(String key, Square square, Map<String, Answer> answers) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<Field> exact = fieldsByKey.get(key);
        if (exact != null && !exact.isEmpty()) {
            if (square != null) {
                for (Field f : exact) {
                    if (f.square() == square.number()) {
                        return Optional.of(f);
                    }
                }
            }
            return Optional.of(exact.get(0));
        }
        if (square == null) {
            return Optional.empty();
        }
        Field best = null;
        double bestScore = QUESTION_SIMILARITY;
        String[] words = KeyWords.words(key);
        for (Field f : square.fields()) {
            double s = MatchText.similarity(words, questionWords.get(f));
            if (s >= bestScore && !answers.containsKey(f.id())) {
                best = f;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether a bold paragraph with this match key is a label of the template (a group of items, a gate). */
    boolean isLabel(String key) {
        return labelKeys.contains(key);
    }

    /** The field of an id. */
    Field field(String id) {
        return fieldsById.get(id);
    }

    /** The template's square of a number, as {@code definition.square(number)} gives it. */
    Optional<Square> square(int number) {
        return Optional.ofNullable(squaresByNumber.get(number));
    }

    int squareCount() {
        return squareCount;
    }

    /** The readiness checklist's id, if the template has one. */
    Optional<String> readinessId() {
        return readinessId;
    }

    /** Whether a heading's or label's match key is the readiness checklist's title. */
    boolean isReadinessTitle(String key) {
        return readinessTitleKey != null && key.equals(readinessTitleKey);
    }

    List<RoleKeys> signoffRoles() {
        return signoffRoles;
    }

    ItemMatcher items() {
        return items;
    }
}

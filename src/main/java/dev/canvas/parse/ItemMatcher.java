package dev.canvas.parse;

import dev.canvas.markdown.CanvasMarkdown;
import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistItem;
import dev.canvas.model.ChecklistKind;
import dev.canvas.text.KeyWords;
import dev.canvas.text.MatchText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds the template's checklist item that a box of a canvas stands for, by the match key of its text: the item
 * with the same words; else, in the readiness checklist's part of a canvas, the one item whose key words the text
 * has ({@link ChecklistItem#words}); else the most similar item. Built once per template; matching only reads it, so
 * one matcher serves parses on several threads.
 */
final class ItemMatcher {

    private static final double ITEM_SIMILARITY = 0.75;
    /** Below this, no template item is suggested for an unknown one. */
    private static final double SUGGESTION_SIMILARITY = 0.4;

    private final Map<String, List<ItemRef>> itemsByKey = new HashMap<>();
    /** Every checklist item, in the definition's order: fuzzy matching scores them through {@link #itemsByWord}. */
    private final List<ItemRef> allItems = new ArrayList<>();
    /** The number of distinct words of each item's match key, by its index in {@link #allItems}. */
    private final int[] itemWordCounts;
    /** The indexes in {@link #allItems} of the items whose match key has a word, by the word. */
    private final Map<String, int[]> itemsByWord = new HashMap<>();
    /** The readiness items that have key words, with them, by the number of their square (0: none). */
    private final Map<Integer, List<Keyed>> keyedBySquare = new HashMap<>();
    /** All of them. */
    private final List<Keyed> allKeyed = new ArrayList<>();

    /** A readiness item with its key words. */
    private record Keyed(ItemRef ref, KeyWords words) {
    }

    /**
     * What a box's text matched.
     *
     * @param item       the item it stands for, if any
     * @param suggestion the item of any checklist most like it, found by a fuzzy search that did not match it
     *                   closely enough: what to suggest for an unknown box
     */
    record Match(Optional<ItemRef> item, Optional<ItemRef> suggestion) {
        private static final Match NONE = new Match(Optional.empty(), Optional.empty());

        static Match of(ItemRef item) {
            return new Match(Optional.of(item), Optional.empty());
        }
    }

    /** {@code templateKey} gives the match key of a text of the template. */
    ItemMatcher(CanvasDefinition definition, Function<String, String> templateKey) {
        String readiness = definition.readiness().map(r -> r.checklistId()).orElse(null);
        Map<String, List<Integer>> byWord = new HashMap<>();
        List<Integer> wordCounts = new ArrayList<>();
        for (Checklist c : definition.checklists()) {
            for (ChecklistItem i : c.items()) {
                ItemRef ref = new ItemRef(c, i);
                String key = templateKey.apply(i.text());
                itemsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(ref);
                String[] words = KeyWords.words(key);
                for (String w : words) {
                    byWord.computeIfAbsent(w, x -> new ArrayList<>()).add(allItems.size());
                }
                wordCounts.add(words.length);
                allItems.add(ref);
                if (c.id().equals(readiness) && !i.words().isEmpty()) {
                    int n = CanvasMarkdown.square(i.group()).map(CanvasMarkdown.NumberedHeading::number).orElse(0);
                    Keyed keyed = new Keyed(ref, KeyWords.of(i.words()));
                    keyedBySquare.computeIfAbsent(n, x -> new ArrayList<>()).add(keyed);
                    allKeyed.add(keyed);
                }
            }
        }
        byWord.forEach((w, list) -> itemsByWord.put(w, list.stream().mapToInt(Integer::intValue).toArray()));
        itemWordCounts = wordCounts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The item a box whose text has match key {@code key} stands for, preferring the checklist of {@code context}:
     * the item with the same words (of that checklist, else the first one not {@code marked} yet, else the first);
     * else, where {@link BoxContext#byKeyWords}, the one readiness item of its square whose key words the text has;
     * else, with {@code fuzzy}, the most similar item of the checklist in context, if similar enough (a fuzzy search
     * also finds what to suggest).
     */
    Match match(String key, boolean fuzzy, BoxContext context, Predicate<ItemRef> marked) {
        boolean byWords = context.byKeyWords();
        List<ItemRef> exact = itemsByKey.get(key);
        if (exact != null && !exact.isEmpty()) {
            for (int i = 0; i < exact.size(); i++) {
                ItemRef r = exact.get(i);
                if (r.checklist().id().equals(context.checklist())) {
                    return Match.of(r);
                }
            }
            if (!byWords) {
                for (ItemRef r : exact) {
                    if (!marked.test(r)) {
                        return Match.of(r);
                    }
                }
                return Match.of(exact.get(0));
            }
            // in the readiness checklist's part of a file, its boxes are its items: another list's item worded
            // the same is one of its own worded otherwise, or none ("Governance policies documented:" over the
            // five policies)
        }
        if (key.isEmpty() || !byWords && !fuzzy) {
            return Match.NONE;
        }
        String[] words = KeyWords.words(key);
        if (byWords) {
            Optional<ItemRef> r = byKeyWords(words, context.keyWordSquare());
            if (r.isPresent()) {
                return new Match(r, Optional.empty());
            }
        }
        return fuzzy ? similar(words, context.checklist()) : Match.NONE;
    }

    /** The one readiness item of {@code square} (any square for 0) whose key words these are; none for two. */
    private Optional<ItemRef> byKeyWords(String[] words, int square) {
        ItemRef found = null;
        for (Keyed kw : square == 0 ? allKeyed : keyedBySquare.getOrDefault(square, List.of())) {
            if (kw.words().fit(words)) {
                if (found != null) {
                    return Optional.empty(); // two items: which one is meant is a guess
                }
                found = kw.ref();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The item of the checklist in context most similar to a box's words ({@link MatchText#similarity}, at least
     * {@link #ITEM_SIMILARITY}; the last of equals), the readiness checklist's never, and the item of any checklist
     * most similar to them as the suggestion. The words in common are counted through {@link #itemsByWord}: a box
     * costs its words and the items that share them, not every item's words again.
     */
    private Match similar(String[] words, String context) {
        int[] common = new int[allItems.size()];
        for (String w : words) {
            int[] items = itemsByWord.get(w);
            if (items != null) {
                for (int i : items) {
                    common[i]++;
                }
            }
        }
        ItemRef best = null;
        double bestScore = ITEM_SIMILARITY;
        ItemRef suggestion = null;
        double suggestionScore = SUGGESTION_SIMILARITY;
        for (int i = 0; i < common.length; i++) {
            if (common[i] == 0) {
                continue;
            }
            double s = 2.0 * common[i] / (words.length + itemWordCounts[i]);
            ItemRef r = allItems.get(i);
            Checklist c = r.checklist();
            boolean inContext = c.kind() != ChecklistKind.READINESS
                    && (c.id().equals(context) || context.isEmpty() && c.kind() == ChecklistKind.GATE);
            if (inContext && s >= bestScore) {
                best = r;
                bestScore = s;
            }
            if (s > suggestionScore) {
                suggestion = r;
                suggestionScore = s;
            }
        }
        return new Match(Optional.ofNullable(best), Optional.ofNullable(suggestion));
    }
}

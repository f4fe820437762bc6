package dev.canvas.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Checklist;
import dev.canvas.model.ChecklistItem;
import dev.canvas.model.Finding;
import dev.canvas.model.Mark;
import dev.canvas.template.BundledDefinitions;
import dev.canvas.text.MatchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The parser scores a reworded box against the items through a word index; it must find what comparing the box
 * with every item by {@link MatchText#similarity} finds: the item of the gate in context (at least 0.75, the last
 * of equals) and, for a box that is no item, the suggestion (above 0.4, the first of equals).
 */
class FuzzyItemMatchTest {

    @Test
    void indexedScoresFindWhatComparingWithEveryItemFinds() {
        CanvasDefinition def = BundledDefinitions.of("production").orElseThrow();
        MarkdownCanvasParser parser = new MarkdownCanvasParser(def);
        Checklist gate = def.checklists().stream().filter(c -> c.id().equals("phase-2")).findFirst().orElseThrow();
        Checklist prerequisites = def.checklists().stream().filter(c -> c.id().equals("prerequisites")).findFirst().orElseThrow();
        List<ChecklistItem> all = def.checklists().stream().flatMap(c -> c.items().stream()).toList();
        Map<ChecklistItem, String> keys = new java.util.IdentityHashMap<>();
        all.forEach(i -> keys.put(i, MatchText.key(i.text())));
        List<String> vocabulary = new ArrayList<>(new TreeSet<>(all.stream()
                .flatMap(i -> List.of(keys.get(i).split(" ")).stream()).toList()));
        vocabulary.addAll(List.of("foo", "bar", "quux"));
        Random random = new Random(14);
        int matched = 0;
        int suggested = 0;
        for (int n = 0; n < 3000; n++) {
            String text;
            if (random.nextBoolean()) {
                // a gate item reworded: some of its words, in order, and perhaps one more
                List<String> words = new ArrayList<>(List.of(keys.get(gate.items().get(random.nextInt(gate.items().size()))).split(" ")));
                words.removeIf(w -> random.nextInt(4) == 0);
                if (random.nextBoolean()) {
                    words.add(random.nextInt(words.size() + 1), vocabulary.get(random.nextInt(vocabulary.size())));
                }
                text = String.join(" ", words);
            } else {
                List<String> words = new ArrayList<>();
                for (int w = 1 + random.nextInt(9); w > 0; w--) {
                    words.add(vocabulary.get(random.nextInt(vocabulary.size())));
                }
                text = String.join(" ", words);
            }
            String k = MatchText.key(text);
            if (k.isEmpty() || keys.containsValue(k)) {
                continue;
            }
            ChecklistItem expected = null;
            double best = 0.75;
            for (ChecklistItem i : gate.items()) {
                double s = MatchText.similarity(k, keys.get(i));
                if (s >= best) {
                    expected = i;
                    best = s;
                }
            }
            ChecklistItem suggestion = null;
            double bestSuggestion = 0.4;
            for (ChecklistItem i : all) {
                double s = MatchText.similarity(k, keys.get(i));
                if (s > bestSuggestion) {
                    suggestion = i;
                    bestSuggestion = s;
                }
            }
            String md = "## PHASE 2: AGENT ARCHITECTURE\n\n**Validation Gate:**\n\n- [x] " + prerequisites.items().get(0).text()
                    + "\n- [x] " + text + "\n";
            CanvasDocument d = parser.parse("c.md", md).document();
            Map<String, Mark> marks = d.marks(gate.id());
            if (expected != null) {
                matched++;
                assertThat(marks).as(text).containsOnlyKeys(expected.id());
                assertThat(d.findings()).as(text).isEmpty();
            } else {
                assertThat(marks).as(text).isEmpty();
                assertThat(d.findings()).as(text).singleElement().extracting(Finding::fix).isEqualTo(suggestion == null
                        ? "remove it, or check with the template it was written for"
                        : "did you mean '" + suggestion.text() + "'? Use the template's wording");
                if (suggestion != null) {
                    suggested++;
                }
            }
        }
        assertThat(matched).isGreaterThan(100);
        assertThat(suggested).isGreaterThan(100);
    }
}

package dev.canvas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyWordsTest {

    private static boolean fits(String alternatives, String text) {
        return KeyWords.of(List.of(alternatives.split(","))).fit(KeyWords.words(MatchText.key(text)));
    }

    @Test
    void everyWordOfOneAlternativeIsNeeded() {
        assertThat(fits("cost optimi*", "Cost optimization reviewed quarterly")).isTrue();
        assertThat(fits("cost optimi*", "Cost optimisation reviewed every quarter")).isTrue();
        assertThat(fits("cost optimi*", "Optimization reviewed quarterly")).isFalse();
        assertThat(fits("recovery time,rto", "RTO of 1 hour")).isTrue();
        assertThat(fits("recovery time,rto", "Recovery point objective")).isFalse();
    }

    @Test
    void aWordWithoutStarIsAWholeWord() {
        assertThat(fits("log retention", "Logging retention")).isFalse();
        assertThat(fits("log* retention", "Logging retention")).isTrue();
        assertThat(fits("roi", "Our ROI is positive")).isTrue();
        assertThat(fits("roi", "Android rollout")).isFalse();
    }

    @Test
    void wordsAreDistinctAndSorted() {
        assertThat(KeyWords.words("b a b c a")).containsExactly("a", "b", "c");
        assertThat(KeyWords.words("")).isEmpty();
        assertThat(KeyWords.of(List.of()).isEmpty()).isTrue();
        assertThat(fits("a", "")).isFalse();
    }
}

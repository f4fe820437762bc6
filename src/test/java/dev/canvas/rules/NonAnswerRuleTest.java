package dev.canvas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NonAnswerRuleTest {

    private static RuleSpec spec() {
        return RuleSet.builtInSpecs().stream().filter(s -> s.id().equals(NonAnswerRule.ID)).findFirst().orElseThrow();
    }

    private final NonAnswerRule rule = new NonAnswerRule(spec());

    @ParameterizedTest
    @ValueSource(strings = {"TBD", "tbd.", "TODO", "N/A", "n/a", "NA", "To be determined", "___", "...", "?", "-",
            "{{success_metrics}}", "Our metrics: {{success_metrics}}", "TODO: ask legal", "TBD - waiting on finance",
            "*TBD*", "Not applicable", "xxx"})
    void nonAnswers(String text) {
        assertThat(rule.why(text)).as(text).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"p95 under 2 seconds", "None of the data is personal: the agent reads invoice totals only",
            "Todos los equipos", "N/A because the agent stores no personal data (architecture constraint)",
            "Tbilisi office pilots first", "99.9% availability"})
    void realAnswers(String text) {
        assertThat(rule.why(text)).as(text).isNull();
    }

    @Test
    void phrasesAreConfigurable() {
        NonAnswerRule custom = new NonAnswerRule(spec().withParams(Map.of("phrases", List.of("ask Bob")), "test"));
        assertThat(custom.why("Ask Bob!")).isNotNull();
        assertThat(custom.why("TBD")).isNull();
    }
}

package dev.canvas.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.template.BundledDefinitions;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the warm-up thread prepares is what the check then uses, made once whoever asks first. */
class WarmupTest {

    @Test
    void aBundledDefinitionsPipelineIsSharedAndAnyOtherIsNew() {
        CanvasDefinition prod = BundledDefinitions.of("production").orElseThrow();
        assertThat(Pipeline.of(prod)).isSameAs(Pipeline.of(prod));
        CanvasDefinition copy = prod.withVerdictLabels(prod.verdictLabels()); // equal, not the bundled instance
        assertThat(copy).isEqualTo(prod);
        assertThat(Pipeline.of(copy)).isNotSameAs(Pipeline.of(prod)).isNotSameAs(Pipeline.of(copy));
    }

    @Test
    void markdownOnlyCommandLinesSkipTheSchema() {
        assertThat(Warmup.mayBeYaml("docs/agent.md")).isFalse();
        assertThat(Warmup.mayBeYaml("'docs/**/*.MD'")).isTrue(); // a quoted glob keeps its quote: may be anything
        assertThat(Warmup.mayBeYaml("docs/**/*.markdown")).isFalse();
        assertThat(Warmup.mayBeYaml("agent.yaml")).isTrue();
        assertThat(Warmup.mayBeYaml("docs/")).isTrue();
        assertThat(Warmup.paths(List.of("-f", "json", "--today=2026-01-01", "a.yaml", "--color", "never", "-v", "b.md", "--", "-c.md")))
                .containsExactly("a.yaml", "b.md", "-c.md");
        Warmup.forCheck(List.of("check", "--template", "t.yaml", "a.yaml")); // no warm-up for another template: no effect
    }

    @Test
    void aLazyValueIsMadeOnceWhateverTheNumberOfThreadsAsking() throws Exception {
        AtomicInteger made = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        Lazy<String> lazy = Lazy.of(() -> {
            made.incrementAndGet();
            return "value";
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> got = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                got.add(pool.submit(() -> {
                    go.await();
                    return lazy.get();
                }));
            }
            go.countDown();
            for (Future<String> f : got) {
                assertThat(f.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("value");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(made).hasValue(1);
    }

    @Test
    void aLazyValueThatFailedIsMadeAgainByTheNextAsker() {
        AtomicInteger calls = new AtomicInteger();
        Lazy<String> lazy = Lazy.of(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("first time");
            }
            return "second time";
        });
        assertThatThrownBy(lazy::get).hasMessage("first time");
        assertThat(lazy.get()).isEqualTo("second time");
    }
}

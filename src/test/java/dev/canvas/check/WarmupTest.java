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
        Warmup.Plan p = Warmup.plan(List.of("-f", "json", "--today=2026-01-01", "a.yaml", "--color", "never", "-v", "b.md",
                "--", "-c.md"));
        assertThat(p.paths()).containsExactly("a.yaml", "b.md", "-c.md");
        assertThat(p.today()).isEqualTo(java.time.LocalDate.of(2026, 1, 1));
        assertThat(p.ownTemplate()).isFalse();
        assertThat(p.ownConfig()).isFalse();
    }

    @Test
    void aCommandLineWithItsOwnTemplateOrConfigurationIsToldAsPicocliReadsIt() {
        assertThat(Warmup.plan(List.of("--template", "t.yaml", "a.yaml")).ownTemplate()).isTrue();
        assertThat(Warmup.plan(List.of("--template=t.yaml", "a.yaml")).paths()).containsExactly("a.yaml");
        Warmup.Plan cluster = Warmup.plan(List.of("-vt", "x.yaml", "a.yaml"));
        assertThat(cluster.ownTemplate()).isTrue();
        assertThat(cluster.paths()).containsExactly("a.yaml"); // x.yaml is the template, not a canvas
        assertThat(Warmup.plan(List.of("-tx.yaml", "a.yaml")).paths()).containsExactly("a.yaml");
        assertThat(Warmup.plan(List.of("--config", "c.yaml", "--today", "2027-02-03", "a.md")))
                .isEqualTo(new Warmup.Plan(List.of("a.md"), false, true, java.time.LocalDate.of(2027, 2, 3)));
        assertThat(Warmup.plan(List.of("--today", "soon", "a.md")).today()).isEqualTo(java.time.LocalDate.now());
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

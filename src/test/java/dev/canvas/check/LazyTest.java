package dev.canvas.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A pipeline's schema validator is made once, whoever asks first, and made again after a failure. */
class LazyTest {

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
            List<Future<String>> got = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                got.add(pool.submit(() -> {
                    go.await();
                    return lazy.get();
                }));
            }
            go.countDown();
            for (Future<String> f : got) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("value");
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

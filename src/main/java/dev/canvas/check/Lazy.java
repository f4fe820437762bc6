package dev.canvas.check;

import java.util.function.Supplier;

/** A value computed on first use, once, by whichever thread asks first; thread-safe. */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> compute;
    private volatile T value;

    private Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    static <T> Lazy<T> of(Supplier<T> compute) {
        return new Lazy<>(compute);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = compute.get();
                    value = v;
                }
            }
        }
        return v;
    }
}

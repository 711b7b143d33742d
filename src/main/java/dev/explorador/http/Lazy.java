package dev.explorador.http;

import java.util.function.Supplier;

/** A value made on first use and kept: lets the server start while the graph is still loading. */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T value;

    private Lazy(Supplier<T> make) {
        this.make = make;
    }

    static <T> Lazy<T> of(Supplier<T> make) {
        return new Lazy<>(make);
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                if (value == null) value = make.get();
                current = value;
            }
        }
        return current;
    }

    /** Runs {@code action} on the value if it was ever made (to close what was opened, and only that). */
    void ifMade(java.util.function.Consumer<T> action) {
        T current = value;
        if (current != null) action.accept(current);
    }
}

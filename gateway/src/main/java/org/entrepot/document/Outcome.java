package org.entrepot.document;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a stage returns: either a value or the rejections that stopped it. Stages never throw
 * for a bad document; they return a rejected outcome.
 */
public final class Outcome<T> {

    private final T value;
    private final List<Rejection> rejections;

    private Outcome(T value, List<Rejection> rejections) {
        this.value = value;
        this.rejections = List.copyOf(rejections);
    }

    public static <T> Outcome<T> accepted(T value) {
        return new Outcome<>(Objects.requireNonNull(value, "value"), List.of());
    }

    public static <T> Outcome<T> rejected(List<Rejection> rejections) {
        if (rejections.isEmpty()) {
            throw new IllegalArgumentException("a rejected outcome needs at least one rejection");
        }
        return new Outcome<>(null, rejections);
    }

    public static <T> Outcome<T> rejected(Rejection rejection) {
        return rejected(List.of(rejection));
    }

    public boolean isAccepted() {
        return rejections.isEmpty();
    }

    /** The value; only call on an accepted outcome. */
    public T value() {
        if (!isAccepted()) {
            throw new IllegalStateException("rejected: " + rejections);
        }
        return value;
    }

    public List<Rejection> rejections() {
        return rejections;
    }

    public <R> Outcome<R> map(Function<T, R> next) {
        return isAccepted() ? Outcome.accepted(next.apply(value)) : Outcome.rejected(rejections);
    }

    public <R> Outcome<R> then(Function<T, Outcome<R>> next) {
        return isAccepted() ? next.apply(value) : Outcome.rejected(rejections);
    }

    @Override
    public String toString() {
        return isAccepted() ? "accepted(" + value + ")" : "rejected" + rejections;
    }
}

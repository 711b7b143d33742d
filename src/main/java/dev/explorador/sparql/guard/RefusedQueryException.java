package dev.explorador.sparql.guard;

/** A query this explorer will not run at all, with the reason in Spanish. */
public final class RefusedQueryException extends RuntimeException {
    public RefusedQueryException(String reason) {
        super(reason, null, false, false);
    }
}

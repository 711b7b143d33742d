package dev.explorador.sparql.guard;

import org.apache.jena.query.QueryCancelledException;

/**
 * What one user query may still spend, visible to the guarded functions that run on the query's thread.
 * Jena checks its own timeout only between rows; a regular expression that backtracks, or a string that
 * doubles inside one row, never reaches that check. The guarded functions ask this budget instead.
 */
public final class QueryBudget {
    /** Longest string (in chars) any function of a user query may build: CONCAT, REPLACE, ENCODE_FOR_URI... */
    public static final int MAX_STRING_CHARS = 1_000_000;

    private static final ThreadLocal<QueryBudget> CURRENT = new ThreadLocal<>();

    private final long deadlineNanos;
    private volatile String stopReason;

    public QueryBudget(long timeoutMillis) {
        this.deadlineNanos = System.nanoTime() + timeoutMillis * 1_000_000L;
    }

    /** Runs {@code work} on this thread with this budget in force. */
    public <T> T runWith(java.util.function.Supplier<T> work) {
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            CURRENT.remove();
        }
    }

    /** Stops the query at its next check, saying why (time, memory, a client that left). */
    public void stop(String reason) {
        if (stopReason == null) stopReason = reason;
    }

    /** Why the query was stopped, or null while it may go on. */
    public String stopReason() {
        if (stopReason == null && System.nanoTime() - deadlineNanos > 0) stopReason = "tiempo";
        return stopReason;
    }

    /** Throws if the query on this thread (if any) is out of budget. Cheap enough to call often. */
    static void checkCurrent() {
        QueryBudget budget = CURRENT.get();
        if (budget != null && budget.stopReason() != null) throw new QueryCancelledException();
    }

    static void checkStringLength(int length) {
        if (length > MAX_STRING_CHARS) {
            throw new RefusedQueryException("construyó una cadena de " + length + " caracteres; el máximo es " + MAX_STRING_CHARS);
        }
    }
}

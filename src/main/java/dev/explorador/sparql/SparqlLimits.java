package dev.explorador.sparql;

/**
 * How much the SPARQL endpoint may spend: time per query, rows (solutions) per answer, how many user queries
 * may run at once (beyond that, callers get 503 with Retry-After instead of slowing everyone down), and how many
 * bytes one query may allocate (which bounds the memory it can hold: nothing holds more than it allocated).
 */
public record SparqlLimits(long timeoutMillis, long maxResults, int maxConcurrent, long maxAllocatedBytes) {
    public SparqlLimits {
        if (timeoutMillis < 1 || maxResults < 1 || maxConcurrent < 1 || maxAllocatedBytes < 1) {
            throw new IllegalArgumentException("Los límites SPARQL deben ser positivos");
        }
    }

    public SparqlLimits(long timeoutMillis, long maxResults, int maxConcurrent) {
        this(timeoutMillis, maxResults, maxConcurrent, defaults().maxAllocatedBytes());
    }

    public SparqlLimits(long timeoutMillis, long maxResults) {
        this(timeoutMillis, maxResults, defaults().maxConcurrent());
    }

    public static SparqlLimits defaults() {
        return new SparqlLimits(10_000, 10_000, 4, 512L * 1024 * 1024);
    }
}

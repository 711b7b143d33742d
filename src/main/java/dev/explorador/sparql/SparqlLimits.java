package dev.explorador.sparql;

/**
 * How much the SPARQL endpoint may spend: time per query, rows (solutions) per answer, and how many
 * user queries may run at once (beyond that, callers get 503 with Retry-After instead of slowing everyone down).
 */
public record SparqlLimits(long timeoutMillis, long maxResults, int maxConcurrent) {
    public SparqlLimits {
        if (timeoutMillis < 1 || maxResults < 1 || maxConcurrent < 1) {
            throw new IllegalArgumentException("Los límites SPARQL deben ser positivos");
        }
    }

    public SparqlLimits(long timeoutMillis, long maxResults) {
        this(timeoutMillis, maxResults, defaults().maxConcurrent());
    }

    public static SparqlLimits defaults() {
        return new SparqlLimits(10_000, 10_000, 4);
    }
}

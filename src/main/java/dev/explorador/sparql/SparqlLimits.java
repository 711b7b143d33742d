package dev.explorador.sparql;

/** How much one user query may cost: time and rows (solutions). */
public record SparqlLimits(long timeoutMillis, long maxResults) {
    public static SparqlLimits defaults() {
        return new SparqlLimits(10_000, 10_000);
    }
}

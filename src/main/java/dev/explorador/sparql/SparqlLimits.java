package dev.explorador.sparql;

import dev.explorador.error.BadRequestException;

/**
 * How much the SPARQL endpoint may spend: time per query, rows (solutions) per answer, how many user queries
 * may run at once (beyond that, callers get 503 with Retry-After instead of slowing everyone down), and how many
 * bytes one query may allocate (which bounds the memory it can hold: nothing holds more than it allocated).
 */
public record SparqlLimits(long timeoutMillis, long maxResults, int maxConcurrent, long maxAllocatedBytes) {
    public SparqlLimits {
        positive(timeoutMillis, "El tiempo límite por consulta SPARQL (ms)");
        positive(maxResults, "El máximo de filas por respuesta SPARQL");
        positive(maxConcurrent, "El número de consultas SPARQL a la vez");
        positive(maxAllocatedBytes, "La memoria por consulta SPARQL");
    }

    /** The limits come from the command line: a zero or a negative is the user's to fix. */
    private static void positive(long value, String what) {
        if (value < 1) throw new BadRequestException(what + " debe ser positivo (se pidió " + value + ")");
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

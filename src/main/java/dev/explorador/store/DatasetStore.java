package dev.explorador.store;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;

/** A store over a local Jena dataset: an in-memory one or a TDB2 database. */
public final class DatasetStore implements KnowledgeStore {
    private final Dataset dataset;
    private final String description;
    private final Runnable onClose;
    private final boolean asBuilt;

    public DatasetStore(Dataset dataset, String description, Runnable onClose) {
        this(dataset, description, onClose, false);
    }

    /** @param asBuilt the dataset holds exactly the bundled graph the jar was built from */
    public DatasetStore(Dataset dataset, String description, Runnable onClose, boolean asBuilt) {
        this.dataset = dataset;
        this.description = description;
        this.onClose = onClose;
        this.asBuilt = asBuilt;
    }

    @Override
    public boolean holdsTheBuiltGraph() {
        return asBuilt;
    }

    @Override
    public <T> T read(Query query, long timeoutMillis, Function<QueryExecution, T> use) {
        // Results must be consumed inside the read transaction (TDB2 requires it).
        return dataset.calculateRead(() -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query)
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                    // No query run here calls another server (SERVICE), whatever path it came by.
                    .set(ARQ.httpServiceAllowed, false)
                    // Sorting, DISTINCT and grouping spill to disk past this many rows instead of filling the heap.
                    .set(ARQ.spillToDiskThreshold, 100_000L)
                    .build()) {
                return use.apply(execution);
            }
        });
    }

    public Dataset dataset() {
        return dataset;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        onClose.run();
    }
}

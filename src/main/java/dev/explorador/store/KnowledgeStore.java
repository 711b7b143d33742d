package dev.explorador.store;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;

/**
 * Where the graph lives: in memory, in a TDB2 folder, or behind a remote SPARQL endpoint.
 * Every read goes through {@link #read}, which runs the query inside whatever the store needs
 * (a read transaction, an HTTP call) and hands the execution to the caller until it returns.
 */
public interface KnowledgeStore extends AutoCloseable {
    <T> T read(Query query, long timeoutMillis, Function<QueryExecution, T> use);

    /**
     * True when queries run in this process (memory, TDB2), so the explorer must bound them itself;
     * false for a remote endpoint, which applies its own limits to what it is sent.
     */
    default boolean isLocal() {
        return true;
    }

    /**
     * True when the store holds exactly the bundled graph the jar was built from, so what the build computed from
     * that graph (the full-text index) can be used as it is.
     */
    default boolean holdsTheBuiltGraph() {
        return false;
    }

    /**
     * Completes when the graph is loaded and queries run without waiting, or fails with the reason it could not be
     * loaded. Most stores are loaded when opened; one that reads its files on first use starts reading them now.
     */
    default CompletableFuture<KnowledgeStore> loaded() {
        return CompletableFuture.completedFuture(this);
    }

    /** A short human description, for logs and {@code stats}: "memoria (ontology/)", "tdb2:/data"... */
    String describe();

    @Override
    void close();
}

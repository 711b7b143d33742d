package dev.explorador.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sys.JenaSystem;

/**
 * The in-memory store of the bundled graph, whose files are read on a thread of their own when first needed. The
 * files' key already says they are the graph the jar was built from, so the explorer answers at once from what the
 * build recorded (the snapshot of names and links, the text index); a query waits until the graph is loaded.
 * A server asks for the graph as soon as it listens; a short command that needs no query never reads it.
 * <p>Jena may be initialised by the reader while other threads run: no other thread may touch Jena until
 * {@link #loaded()} completes (the server makes every request but a search wait for it), because two threads
 * initialising Jena's classes at once can deadlock, and {@link JenaSystem#init()} returns at once to a second thread
 * while the first is still initialising.
 */
final class LoadingStore implements KnowledgeStore {
    private final CompletableFuture<KnowledgeStore> loading = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final Supplier<KnowledgeStore> load;
    private final String description;

    private LoadingStore(Supplier<KnowledgeStore> load, String description) {
        this.load = load;
        this.description = description;
    }

    /** A store whose files are read when it is first asked for (a query, or {@link #loaded()}). */
    static LoadingStore whenAsked(String description, Supplier<KnowledgeStore> load) {
        return new LoadingStore(load, description);
    }

    @Override
    public <T> T read(Query query, long timeoutMillis, Function<QueryExecution, T> use) {
        return store().read(query, timeoutMillis, use);
    }

    /** The loaded store; a graph that failed to load fails the query with the loader's own error. */
    private KnowledgeStore store() {
        try {
            return loaded().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            if (e.getCause() instanceof Error cause) throw cause;
            throw e;
        }
    }

    /** Starts reading the files, on a thread of their own, unless that has begun already. */
    @Override
    public CompletableFuture<KnowledgeStore> loaded() {
        if (started.compareAndSet(false, true)) {
            Thread reader = new Thread(() -> {
                try {
                    // Explicitly, before any other Jena class: see JenaSystem's note on initialising from two threads.
                    JenaSystem.init();
                    loading.complete(load.get());
                } catch (Throwable e) {
                    loading.completeExceptionally(e);
                }
            }, "lectura-del-grafo");
            reader.setDaemon(true); // a short command that never needed the graph does not wait for it to exit
            reader.start();
        }
        return loading;
    }

    @Override
    public boolean holdsTheBuiltGraph() {
        return true;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        loading.thenAccept(KnowledgeStore::close); // once loaded, if it ever is
    }
}

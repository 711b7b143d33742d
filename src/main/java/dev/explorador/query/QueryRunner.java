package dev.explorador.query;

import dev.explorador.store.DetachedRows;
import dev.explorador.store.KnowledgeStore;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;


/** Runs the explorer's own queries against a store and returns their rows, fully read. */
public final class QueryRunner {
    private final KnowledgeStore store;
    private final long timeoutMillis;

    public QueryRunner(KnowledgeStore store, long timeoutMillis) {
        this.store = store;
        this.timeoutMillis = timeoutMillis;
    }

    public List<QuerySolution> select(Query query) {
        return store.read(query, timeoutMillis, execution -> {
            List<QuerySolution> rows = new ArrayList<>();
            DetachedRows.read(execution.execSelect(), Long.MAX_VALUE).forEachRemaining(rows::add);
            return rows;
        });
    }

    public List<QuerySolution> select(String name) {
        return select(SparqlQueries.get(name));
    }

    public KnowledgeStore store() {
        return store;
    }
}

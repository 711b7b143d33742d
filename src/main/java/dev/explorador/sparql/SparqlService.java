package dev.explorador.sparql;

import dev.explorador.store.DetachedRows;
import java.util.concurrent.Semaphore;
import dev.explorador.store.KnowledgeStore;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.update.UpdateFactory;

/** Runs a user's SPARQL query (read only) within the time limit and the result cap. */
public final class SparqlService {
    /** Seconds a client refused for load is told to wait (Retry-After). */
    public static final int RETRY_AFTER_SECONDS = 2;

    private final KnowledgeStore store;
    private final SparqlLimits limits;
    private final Semaphore running;

    public SparqlService(KnowledgeStore store, SparqlLimits limits) {
        this.store = store;
        this.limits = limits;
        this.running = new Semaphore(limits.maxConcurrent());
    }

    public SparqlLimits limits() {
        return limits;
    }

    /** Parses the text; a syntax error or an update is refused with the reason. */
    public Query parse(String text) {
        if (text == null || text.isBlank()) throw new SparqlRequestException(400, "Falta la consulta SPARQL (parámetro query)");
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            if (isUpdate(text)) {
                throw new SparqlRequestException(403, "Este servicio es de solo lectura: no acepta SPARQL Update");
            }
            throw new SparqlRequestException(400, "Consulta SPARQL mal formada: " + firstLines(e.getMessage()));
        } catch (QueryException e) {
            throw new SparqlRequestException(400, "Consulta SPARQL no válida: " + e.getMessage());
        }
    }

    /** The parser's message up to its long list of expected tokens: the position is what helps. */
    private static String firstLines(String message) {
        if (message == null) return "";
        int cut = message.indexOf("\nWas expecting");
        return (cut > 0 ? message.substring(0, cut) : message).strip();
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (RuntimeException notAnUpdate) {
            return false;
        }
    }

    public SparqlResult execute(String text) {
        return execute(parse(text));
    }

    public SparqlResult execute(Query query) {
        if (!running.tryAcquire()) {
            throw new SparqlRequestException(503, "Hay demasiadas consultas SPARQL en curso (" + limits.maxConcurrent()
                    + " a la vez); vuelve a intentarlo en " + RETRY_AFTER_SECONDS + " s");
        }
        try {
            return executeWithinLimits(query);
        } finally {
            running.release();
        }
    }

    private SparqlResult executeWithinLimits(Query query) {
        boolean capped = !query.hasLimit() || query.getLimit() > limits.maxResults();
        // Ask for one row more than the cap, to know whether the cap cut anything.
        if (capped && !query.isAskType()) query.setLimit(limits.maxResults() + 1);
        try {
            return store.read(query, limits.timeoutMillis(), execution -> {
                if (query.isSelectType()) {
                    ResultSet results = execution.execSelect();
                    var rows = DetachedRows.read(results, limits.maxResults());
                    boolean truncated = results.hasNext();
                    return new SparqlResult(rows, null, null, truncated);
                }
                if (query.isAskType()) return new SparqlResult(null, null, execution.execAsk(), false);
                var model = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
                return new SparqlResult(null, model, null, false);
            });
        } catch (QueryCancelledException e) {
            throw new SparqlRequestException(408, "La consulta superó el tiempo límite de "
                    + limits.timeoutMillis() / 1000.0 + " s; acótala con filtros o LIMIT");
        } catch (QueryException e) {
            throw new SparqlRequestException(400, "No se pudo ejecutar la consulta: " + e.getMessage());
        }
    }
}

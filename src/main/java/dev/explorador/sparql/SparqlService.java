package dev.explorador.sparql;

import dev.explorador.error.BadRequestException;
import dev.explorador.error.BusyException;
import dev.explorador.error.RefusedException;
import dev.explorador.error.UserError;
import dev.explorador.sparql.guard.QueryBudget;
import dev.explorador.sparql.guard.QueryGuard;
import dev.explorador.store.DetachedRows;
import dev.explorador.store.KnowledgeStore;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.update.UpdateFactory;

/**
 * Runs a user's SPARQL query (read only) within the limits: refused if it could reach outside or cannot be
 * bounded, then run on a worker thread under a deadline and an allocation budget, with a row cap.
 */
public final class SparqlService implements AutoCloseable {
    /** Seconds a client refused for load is told to wait (Retry-After). */
    public static final int RETRY_AFTER_SECONDS = 2;
    /** How long past the deadline the caller waits for a stopping query before answering anyway. */
    private static final long GRACE_MILLIS = 1_000;

    private final KnowledgeStore store;
    private final SparqlLimits limits;
    private final Semaphore running;
    private final QueryWatchdog watchdog;
    private final ExecutorService workers;

    public SparqlService(KnowledgeStore store, SparqlLimits limits) {
        this.store = store;
        this.limits = limits;
        this.running = new Semaphore(limits.maxConcurrent());
        this.watchdog = new QueryWatchdog(limits.maxAllocatedBytes());
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sparql-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public SparqlLimits limits() {
        return limits;
    }

    /** Parses the text; a syntax error, an update, or a query that cannot run here is refused with the reason. */
    public Query parse(String text) {
        if (text == null || text.isBlank()) throw new BadRequestException("Falta la consulta SPARQL (parámetro query)");
        try {
            Query query = QueryFactory.create(text);
            return store.isLocal() ? QueryGuard.guard(query) : inspectOnly(query);
        } catch (QueryParseException e) {
            if (isUpdate(text)) {
                throw readOnly();
            }
            throw new BadRequestException("Consulta SPARQL mal formada: " + parserMessage(e));
        } catch (QueryException e) {
            throw new BadRequestException("Consulta SPARQL no válida: " + e.getMessage());
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
    }

    private static Query inspectOnly(Query query) {
        QueryGuard.inspect(query);
        return query;
    }

    /** SPARQL Update, in any form it arrives: 403. */
    public static RefusedException readOnly() {
        return new RefusedException(403, "Este servicio es de solo lectura: no acepta SPARQL Update");
    }

    private static BadRequestException tooDeep() {
        return new BadRequestException("La consulta está anidada demasiado hondo (llaves, paréntesis, UNION "
                + "o subconsultas); simplifícala");
    }

    /** The parser's message up to its long list of expected tokens: the position is what helps. */
    private static String parserMessage(QueryParseException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getLine() > 0 ? "error en la línea " + e.getLine() + ", columna " + e.getColumn()
                    : "el analizador no pudo leerla (¿anidamiento excesivo o texto incompleto?)";
        }
        int cut = message.indexOf("\nWas expecting");
        return (cut > 0 ? message.substring(0, cut) : message).strip();
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (RuntimeException | StackOverflowError notAnUpdate) {
            return false;
        }
    }

    public SparqlResult execute(String text) {
        return execute(parse(text));
    }

    public SparqlResult execute(Query query) {
        if (!running.tryAcquire()) {
            throw new BusyException("Hay demasiadas consultas SPARQL en curso (" + limits.maxConcurrent()
                    + " a la vez); vuelve a intentarlo en " + RETRY_AFTER_SECONDS + " s", RETRY_AFTER_SECONDS);
        }
        QueryBudget budget = new QueryBudget(limits.timeoutMillis());
        Future<SparqlResult> work;
        try {
            work = workers.submit(() -> {
                try {
                    return budget.runWith(() -> run(query, budget));
                } finally {
                    running.release(); // only when the work has really stopped: a slot is a CPU in use
                }
            });
        } catch (RuntimeException e) {
            running.release();
            throw e;
        }
        try {
            return work.get(limits.timeoutMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            budget.stop("tiempo");
            work.cancel(true);
            throw timedOut();
        } catch (InterruptedException e) {
            budget.stop("cliente");
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new BusyException("La consulta se interrumpió", RETRY_AFTER_SECONDS);
        } catch (ExecutionException e) {
            throw translate(e.getCause(), budget);
        }
    }

    private SparqlResult run(Query query, QueryBudget budget) {
        QueryWatchdog.Running watched = watchdog.watch(budget);
        try {
            boolean capped = !query.hasLimit() || query.getLimit() > limits.maxResults();
            // Ask for one row more than the cap, to know whether the cap cut anything.
            if (capped && !query.isAskType()) query.setLimit(limits.maxResults() + 1);
            return store.read(query, limits.timeoutMillis(), execution -> {
                watched.execution = execution;
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
        } finally {
            watchdog.forget(watched);
        }
    }

    private RuntimeException translate(Throwable failure, QueryBudget budget) {
        String reason = budget.stopReason();
        if ("memoria".equals(reason) || failure instanceof OutOfMemoryError) {
            return new BusyException("La consulta necesitaba más memoria de la permitida ("
                    + limits.maxAllocatedBytes() / (1024 * 1024) + " MB por consulta); acótala con filtros o LIMIT",
                    RETRY_AFTER_SECONDS);
        }
        if (failure instanceof QueryCancelledException || reason != null) return timedOut();
        if (failure instanceof StackOverflowError) return tooDeep();
        if (failure instanceof UserError user) return user; // a string too long, a remote store gone away...
        if (failure instanceof QueryException e) {
            return new BadRequestException("No se pudo ejecutar la consulta: " + e.getMessage());
        }
        if (failure instanceof RuntimeException e) return e;
        return new IllegalStateException("Fallo inesperado al ejecutar la consulta", failure);
    }

    private BusyException timedOut() {
        return new BusyException("La consulta superó el tiempo límite de "
                + limits.timeoutMillis() / 1000.0 + " s; acótala con filtros o LIMIT", RETRY_AFTER_SECONDS);
    }

    @Override
    public void close() {
        watchdog.close();
        workers.shutdownNow();
    }
}

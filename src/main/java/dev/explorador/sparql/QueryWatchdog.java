package dev.explorador.sparql;

import dev.explorador.sparql.guard.QueryBudget;
import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryExecution;

/**
 * Watches the user queries while they run and stops any that outlives its deadline or allocates more than
 * its share of memory. Jena only checks for cancellation between rows; this watch makes the stop happen
 * (abort the execution, flag the budget that guarded functions read) even while a query builds one huge row.
 */
final class QueryWatchdog implements AutoCloseable {
    private static final long PERIOD_MILLIS = 50;

    /** One running query: its thread (for its allocation counter), its budget and, once built, its execution. */
    static final class Running {
        final Thread thread = Thread.currentThread();
        final long allocatedAtStart = allocated(thread);
        final QueryBudget budget;
        volatile QueryExecution execution;

        Running(QueryBudget budget) {
            this.budget = budget;
        }

        void stop(String reason) {
            budget.stop(reason);
            QueryExecution current = execution;
            if (current != null) current.abort();
        }
    }

    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private final long maxAllocatedBytes;
    private final Set<Running> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sparql-vigilante");
        t.setDaemon(true);
        return t;
    });

    QueryWatchdog(long maxAllocatedBytes) {
        this.maxAllocatedBytes = maxAllocatedBytes;
        timer.scheduleAtFixedRate(this::check, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Registers the query about to run on the calling thread. */
    Running watch(QueryBudget budget) {
        Running entry = new Running(budget);
        running.add(entry);
        return entry;
    }

    void forget(Running entry) {
        running.remove(entry);
    }

    private void check() {
        for (Running entry : running) {
            if (entry.budget.stopReason() != null) {
                entry.stop(entry.budget.stopReason());
            } else if (THREADS != null && allocated(entry.thread) - entry.allocatedAtStart > maxAllocatedBytes) {
                entry.stop("memoria");
            }
        }
    }

    private static long allocated(Thread thread) {
        return THREADS == null ? 0 : THREADS.getThreadAllocatedBytes(thread.getId());
    }

    private static com.sun.management.ThreadMXBean threads() {
        var bean = ManagementFactory.getThreadMXBean();
        if (bean instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemorySupported()) {
            sun.setThreadAllocatedMemoryEnabled(true);
            return sun;
        }
        return null;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

package dev.explorador.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Reads a result set completely, detached from its store: TDB2 rows point into the database and
 * cannot be read once the transaction has ended, so they are copied while it is still open.
 */
public final class DetachedRows {
    private DetachedRows() {}

    /** At most {@code max} rows; {@code rows.size() > max} is impossible, so callers ask for max + 1 to detect a cut. */
    public static ResultSetRewindable read(ResultSet results, long max) {
        List<Var> vars = results.getResultVars().stream().map(Var::alloc).toList();
        List<Binding> rows = new ArrayList<>();
        while (results.hasNext() && rows.size() < max) rows.add(results.nextBinding().detach());
        return ResultSetFactory.copyResults(ResultSet.adapt(RowSetStream.create(vars, rows.iterator())));
    }
}

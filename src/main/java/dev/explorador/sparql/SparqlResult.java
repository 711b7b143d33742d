package dev.explorador.sparql;

import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;

/**
 * A finished query, fully read within its time limit, ready to be written in any format:
 * exactly one of {@code rows}, {@code graph} or {@code ask} is set.
 * {@code truncated} says the result cap cut it.
 */
public record SparqlResult(ResultSetRewindable rows, Model graph, Boolean ask, boolean truncated) {
    public boolean isRows() {
        return rows != null;
    }

    public boolean isGraph() {
        return graph != null;
    }
}

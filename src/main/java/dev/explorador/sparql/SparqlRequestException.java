package dev.explorador.sparql;

/** A query the endpoint will not run, with the HTTP status that says why (400 malformed, 403 update, 408 too slow). */
public class SparqlRequestException extends RuntimeException {
    private final int status;

    public SparqlRequestException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}

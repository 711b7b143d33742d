package dev.explorador.store;

/** A store the user named that cannot be opened as asked (a bad path, a locked database, an endpoint that does not answer). */
public final class StoreOpenException extends RuntimeException {
    public StoreOpenException(String message) {
        super(message);
    }
}

package dev.explorador.store;

import dev.explorador.error.SetupException;

/** A store the user named that cannot be opened as asked (a bad path, a locked database, an endpoint that does not answer). */
public final class StoreOpenException extends SetupException {
    public StoreOpenException(String message) {
        super(message);
    }
}

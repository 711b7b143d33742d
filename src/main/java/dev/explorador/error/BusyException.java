package dev.explorador.error;

import java.util.OptionalInt;

/**
 * The work could not be done now: too many queries at once, or one that ran out of time or memory. 503, with the
 * seconds after which to try again (a narrower query may then fit).
 */
public class BusyException extends UserError {
    private final int retryAfterSeconds;

    public BusyException(String message, int retryAfterSeconds) {
        super(503, message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public OptionalInt retryAfterSeconds() {
        return OptionalInt.of(retryAfterSeconds);
    }
}

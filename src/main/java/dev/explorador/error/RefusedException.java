package dev.explorador.error;

/**
 * A well-formed request this explorer will not serve, with the status that says why: 403 (an update, a foreign
 * origin), 406 (no acceptable format), 413 (too long), 415 (a body type we do not read), 421 (a host name not ours).
 */
public class RefusedException extends UserError {
    public RefusedException(int httpStatus, String message) {
        super(httpStatus, message);
        if (httpStatus < 400 || httpStatus > 499) throw new IllegalStateException("Una negativa es un estado 4xx: " + httpStatus);
    }
}

package dev.explorador.sparql.guard;

import dev.explorador.error.BadRequestException;

/** A query this explorer will not run at all (it could reach outside, or it cannot be bounded), with the reason. */
public final class RefusedQueryException extends BadRequestException {
    public RefusedQueryException(String reason) {
        super("Consulta rechazada: " + reason);
    }
}

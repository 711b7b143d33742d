package dev.explorador.error;

/** A parameter missing, out of range or malformed (depth 7, an unknown relation, a format we do not write): 400. */
public class BadRequestException extends UserError {
    public BadRequestException(String message) {
        super(400, message);
    }
}

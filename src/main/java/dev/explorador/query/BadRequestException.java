package dev.explorador.query;

/** A parameter out of range or malformed (depth 7, an unknown relation...): the caller's to fix. */
public class BadRequestException extends IllegalArgumentException {
    public BadRequestException(String message) {
        super(message);
    }
}

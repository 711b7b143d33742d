package dev.explorador.error;

/** Something the user named that does not exist here (a concept, a named graph): 404. */
public class NotFoundException extends UserError {
    public NotFoundException(String message) {
        super(404, message);
    }
}

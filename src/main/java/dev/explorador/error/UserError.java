package dev.explorador.error;

import java.util.List;
import java.util.OptionalInt;

/**
 * A failure the user caused and can fix (a bad parameter, an unknown name, a broken ontology, a busy server), with
 * its Spanish message, the HTTP status the server answers and the exit code the command line returns. Both sides
 * map every user error in one place ({@code http.ErrorAnswers}, {@code cli.UserErrorHandler}); anything else that
 * escapes is a bug: logged with its stack trace and answered with a plain 500 or «Error inesperado» (exit 1).
 * Never printed with a stack trace, so none is recorded.
 */
public abstract class UserError extends RuntimeException {
    /** The command-line exit code of every user error: 0 is success, 1 a failed check or a bug. */
    public static final int EXIT_CODE = 2;

    private final int httpStatus;

    protected UserError(int httpStatus, String message) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
    }

    public final int httpStatus() {
        return httpStatus;
    }

    public int exitCode() {
        return EXIT_CODE;
    }

    /** Names the user may have meant (for an unknown or ambiguous concept); usually none. */
    public List<Suggestion> suggestions() {
        return List.of();
    }

    /** Seconds after which trying again may work (the HTTP {@code Retry-After}), when it may. */
    public OptionalInt retryAfterSeconds() {
        return OptionalInt.empty();
    }

    /** A concept offered instead of a name that matched none. */
    public record Suggestion(String slug, String label, String labelEn) {}
}

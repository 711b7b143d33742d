package dev.explorador.http;

/** A request the server answers with an error status before any route runs (bad host, foreign origin...). */
final class RequestRefused extends RuntimeException {
    private final int status;

    RequestRefused(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}

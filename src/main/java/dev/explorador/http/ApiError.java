package dev.explorador.http;

import java.util.List;

/** The JSON body of every error answer: what went wrong, in Spanish, and suggestions when there are some. */
public record ApiError(int status, String error, List<Suggestion> suggestions) {
    public record Suggestion(String slug, String label, String labelEn) {}
}

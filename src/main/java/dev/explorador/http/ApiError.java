package dev.explorador.http;

import dev.explorador.error.UserError;
import java.util.List;

/** The JSON body of every error answer: what went wrong, in Spanish, and suggestions when there are some. */
public record ApiError(int status, String error, List<UserError.Suggestion> suggestions) {}

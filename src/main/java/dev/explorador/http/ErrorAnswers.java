package dev.explorador.http;

import dev.explorador.error.UserError;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error the routes raise becomes one JSON answer ({@link ApiError}) in Spanish: a {@link UserError} with its
 * own status (and suggestions, and Retry-After when trying again may work), a client that broke the connection
 * with 4xx, anything else, a bug, with a plain 500. A user error leaves at most one log line; only a bug leaves a
 * stack trace.
 */
final class ErrorAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);

    private ErrorAnswers() {}

    static void register(RoutesConfig routes) {
        routes.exception(UserError.class, (e, ctx) -> {
            LOG.info("Respondida {} a {} {}: {}", e.httpStatus(), ctx.method(), ctx.path(), e.getMessage());
            e.retryAfterSeconds().ifPresent(seconds -> ctx.header("Retry-After", String.valueOf(seconds)));
            answer(ctx, e.httpStatus(), e.getMessage(), e.suggestions());
        });
        routes.exception(Exception.class, (e, ctx) -> {
            int clientFault = clientFault(e);
            if (clientFault > 0) {
                LOG.info("Petición {} {} cortada o demasiado lenta ({})", ctx.method(), ctx.path(), clientFault);
                answer(ctx, clientFault, ConnectorErrors.spanish(clientFault), List.of());
                return;
            }
            LOG.error("Error al atender {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "Error interno del servidor; el detalle quedó en el registro", List.of());
        });
        routes.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && !isJson(ctx)) answer(ctx, 404, "No existe la ruta " + ctx.path(), List.of());
        });
        routes.error(405, ctx -> answer(ctx, 405, "El método " + ctx.method() + " no se admite en " + ctx.path()
                + " (el explorador es de solo lectura: usa GET, HEAD o, en /sparql, POST)", List.of()));
    }

    /**
     * The status to answer when the client is at fault (a body cut short, a body sent too slowly, a request
     * Jetty found malformed), or 0 when the failure is ours.
     */
    private static int clientFault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) return http.getCode();
            if (t instanceof EofException) return 400;
        }
        return 0;
    }

    private static boolean isJson(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("application/json");
    }

    static void answer(Context ctx, int status, String message, List<UserError.Suggestion> suggestions) {
        ctx.status(status).json(new ApiError(status, message, suggestions));
    }
}

package dev.explorador.http;

import dev.explorador.query.BadRequestException;
import dev.explorador.query.ConceptRef;
import dev.explorador.query.UnknownConceptException;
import dev.explorador.sparql.SparqlRequestException;
import dev.explorador.sparql.SparqlService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error the routes raise becomes one JSON answer ({@link ApiError}) in Spanish, with the right status;
 * a refused request leaves at most one log line, and only a bug leaves a stack trace.
 */
final class ErrorAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);

    private ErrorAnswers() {}

    static void register(RoutesConfig routes) {
        routes.exception(UnknownConceptException.class, (e, ctx) -> answer(ctx, 404, e.getMessage(), e.suggestions()));
        routes.exception(BadRequestException.class, (e, ctx) -> answer(ctx, 400, e.getMessage(), List.of()));
        routes.exception(RequestRefused.class, (e, ctx) -> {
            LOG.info("Rechazada {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            answer(ctx, e.status(), e.getMessage(), List.of());
        });
        routes.exception(SparqlRequestException.class, (e, ctx) -> {
            if (e.status() == 503) ctx.header("Retry-After", String.valueOf(SparqlService.RETRY_AFTER_SECONDS));
            answer(ctx, e.status(), e.getMessage(), List.of());
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

    static void answer(Context ctx, int status, String message, List<ConceptRef> suggestions) {
        List<ApiError.Suggestion> list = suggestions.stream()
                .map(c -> new ApiError.Suggestion(c.slug(), c.label(), c.labelEn())).toList();
        ctx.status(status).json(new ApiError(status, message, list));
    }
}

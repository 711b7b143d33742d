package dev.explorador.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.explorador.course.CourseService;
import dev.explorador.query.BadRequestException;
import dev.explorador.query.ConceptRef;
import dev.explorador.query.Explorer;
import dev.explorador.query.UnknownConceptException;
import dev.explorador.sparql.SparqlRequestException;
import dev.explorador.sparql.SparqlService;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server: viewer, JSON API, SPARQL endpoint and concept pages over one explorer. */
public final class ExplorerServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExplorerServer.class);
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    private final Javalin app;

    private ExplorerServer(Javalin app) {
        this.app = app;
    }

    public static ExplorerServer start(Explorer explorer, ServerSettings settings) {
        return start(CompletableFuture.completedFuture(explorer), settings);
    }

    /**
     * Starts listening while the graph may still be loading (the two take about as long, on two cores):
     * a request that comes before the graph is ready waits for it.
     */
    public static ExplorerServer start(CompletableFuture<Explorer> loading, ServerSettings settings) {
        Supplier<Explorer> explorer = loading::join;
        Supplier<SparqlService> sparql = Lazy.of(() -> new SparqlService(explorer.get().store(), settings.sparqlLimits()));
        Javalin app = Javalin.create(config -> configure(config, explorer, sparql, settings));
        app.start(settings.host(), settings.port());
        return new ExplorerServer(app);
    }

    private static void configure(JavalinConfig config, Supplier<Explorer> explorer, Supplier<SparqlService> sparql,
                                  ServerSettings settings) {
        ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        config.jsonMapper(new JavalinJackson(mapper, false));
        config.startup.showJavalinBanner = false;
        config.http.maxRequestSize = 1_000_000L;
        if (settings.webFolder() != null) {
            config.staticFiles.add(settings.webFolder().toString(), Location.EXTERNAL);
        } else {
            config.staticFiles.add("/web", Location.CLASSPATH);
        }
        config.staticFiles.enableWebjars();
        config.routes.before(ExplorerServer::securityHeaders);
        // One course view for the API and the exports: the summary (every card) is built once, not once per route class.
        Supplier<CourseService> course = Lazy.of(() -> new CourseService(explorer.get()));
        new ApiRoutes(explorer, course).register(config.routes);
        new ExportRoutes(explorer, course).register(config.routes);
        new SparqlRoutes(sparql).register(config.routes);
        new ConceptPageRoutes(explorer, () -> viewerPage(settings)).register(config.routes);
        config.routes.exception(UnknownConceptException.class, (e, ctx) -> error(ctx, 404, e.getMessage(), e.suggestions()));
        config.routes.exception(BadRequestException.class, (e, ctx) -> error(ctx, 400, e.getMessage(), List.of()));
        config.routes.exception(SparqlRequestException.class, (e, ctx) -> {
            if (e.status() == 503) ctx.header("Retry-After", String.valueOf(SparqlService.RETRY_AFTER_SECONDS));
            error(ctx, e.status(), e.getMessage(), List.of());
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Error al atender {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, "Error interno del servidor; el detalle quedó en el registro", List.of());
        });
        config.routes.error(404, ctx -> {
            if (ctx.result() == null && ctx.path().startsWith("/api/")) {
                error(ctx, 404, "No existe la ruta " + ctx.path(), List.of());
            }
        });
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        if (ctx.path().equals("/sparql")) {
            // Browser SPARQL clients (YASGUI and the like) may query from another origin; the endpoint is read only.
            ctx.header("Access-Control-Allow-Origin", "*");
            ctx.header("Access-Control-Allow-Headers", "Content-Type, Accept");
            ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        }
    }

    private static void error(Context ctx, int status, String message, List<ConceptRef> suggestions) {
        List<ApiError.Suggestion> list = suggestions.stream()
                .map(c -> new ApiError.Suggestion(c.slug(), c.label(), c.labelEn())).toList();
        ctx.status(status).json(new ApiError(status, message, list));
    }

    private static byte[] viewerPage(ServerSettings settings) {
        try {
            if (settings.webFolder() != null) return Files.readAllBytes(settings.webFolder().resolve("index.html"));
            try (InputStream in = ExplorerServer.class.getResourceAsStream("/web/index.html")) {
                if (in == null) return "<!doctype html><title>Explorador</title><p>Falta web/index.html</p>".getBytes();
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}

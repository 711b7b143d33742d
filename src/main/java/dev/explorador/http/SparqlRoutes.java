package dev.explorador.http;

import dev.explorador.http.ContentNegotiation.Offer;
import dev.explorador.error.RefusedException;
import dev.explorador.sparql.SparqlResult;
import dev.explorador.sparql.SparqlService;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.riot.Lang;

/**
 * {@code /sparql}: the SPARQL 1.1 Protocol, query operation only. GET with {@code query=}, POST as a form,
 * POST with {@code application/sparql-query}. Results in every syntax Jena writes, by content negotiation
 * ({@link RdfRepresentations}) or a Fuseki-style {@code output=}/{@code format=} parameter. Updates are refused.
 */
final class SparqlRoutes {
    /** The parameters that name a result format, as Fuseki reads them (first present wins; over Accept). */
    static final String[] FORMAT_PARAMS = {"output", "format", "results"};
    private static final int MAX_QUERY_CHARS = 100_000;

    private final Supplier<SparqlService> sparql;
    private final Discovery discovery;

    SparqlRoutes(Supplier<SparqlService> sparql, Discovery discovery) {
        this.sparql = sparql;
        this.discovery = discovery;
    }

    void register(Routes routes) {
        routes.get("/sparql", this::get);
        routes.post("/sparql", this::post);
        // CORS preflight: RequestGate has already refused a foreign origin or added the headers for an allowed one.
        routes.options("/sparql", ctx -> ctx.status(204));
    }

    private void get(Context ctx) {
        if (ctx.queryParam("update") != null) throw SparqlService.readOnly();
        if (ctx.queryParam("query") == null) {
            // SPARQL 1.1 Service Description: GET on the endpoint with no query describes the service.
            Discovery.send(ctx, discovery.serviceDescription(Discovery.base(ctx)));
            return;
        }
        answer(ctx, ctx.queryParam("query"));
    }

    private void post(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
        if (type.startsWith("application/sparql-update") || ctx.formParam("update") != null) throw SparqlService.readOnly();
        if (type.startsWith("application/sparql-query")) {
            answer(ctx, ctx.body());
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            answer(ctx, ctx.formParam("query"));
        } else {
            throw new RefusedException(415, "POST /sparql acepta application/sparql-query o un formulario "
                    + "application/x-www-form-urlencoded con el parámetro query (se recibió «" + type + "»)");
        }
    }

    private void answer(Context ctx, String text) {
        if (text != null && text.length() > MAX_QUERY_CHARS) {
            throw new RefusedException(413, "La consulta es demasiado larga (máximo " + MAX_QUERY_CHARS + " caracteres)");
        }
        var query = sparql.get().parse(text);
        List<Offer<Lang>> offers = query.isConstructType() || query.isDescribeType() ? RdfRepresentations.GRAPH
                : query.isAskType() ? RdfRepresentations.BOOLEAN : RdfRepresentations.ROWS;
        // Chosen before running: a client nothing can satisfy costs no query.
        Offer<Lang> offer = RdfRepresentations.negotiateLeniently(ctx, offers, FORMAT_PARAMS);
        SparqlResult result = sparql.get().execute(query);
        byte[] body;
        if (result.isGraph()) {
            body = RdfRepresentations.write(result.graph(), offer.value());
        } else if (result.ask() != null) {
            body = RdfRepresentations.write(result.ask(), offer.value());
        } else {
            body = RdfRepresentations.write(result.rows(), offer.value());
        }
        if (result.truncated()) ctx.header("X-Result-Truncated", String.valueOf(sparql.get().limits().maxResults()));
        ctx.contentType(RdfRepresentations.contentType(offer)).result(body);
    }
}

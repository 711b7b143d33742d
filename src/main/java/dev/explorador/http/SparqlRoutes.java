package dev.explorador.http;

import java.util.function.Supplier;
import dev.explorador.sparql.SparqlRequestException;
import dev.explorador.sparql.SparqlResult;
import dev.explorador.sparql.SparqlService;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * {@code /sparql}: the SPARQL 1.1 Protocol, query operation only. GET with {@code query=}, POST as a form,
 * POST with {@code application/sparql-query}. Results by content negotiation. Updates are refused.
 */
final class SparqlRoutes {
    static final String JSON = "application/sparql-results+json";
    static final String XML = "application/sparql-results+xml";
    static final String CSV = "text/csv";
    static final String TSV = "text/tab-separated-values";
    static final String TURTLE = "text/turtle";
    static final String JSONLD = "application/ld+json";
    static final String NTRIPLES = "application/n-triples";
    private static final List<String> ROW_TYPES = List.of(JSON, XML, CSV, TSV, "application/json");
    private static final List<String> GRAPH_TYPES = List.of(TURTLE, JSONLD, NTRIPLES, "application/x-turtle");
    private static final int MAX_QUERY_CHARS = 100_000;

    private final Supplier<SparqlService> sparql;

    SparqlRoutes(Supplier<SparqlService> sparql) {
        this.sparql = sparql;
    }

    void register(Routes routes) {
        routes.get("/sparql", this::get);
        routes.post("/sparql", this::post);
        // CORS preflight: RequestGate has already refused a foreign origin or added the headers for an allowed one.
        routes.options("/sparql", ctx -> ctx.status(204));
    }

    private void get(Context ctx) {
        if (ctx.queryParam("update") != null) throw readOnly();
        answer(ctx, ctx.queryParam("query"));
    }

    private static SparqlRequestException readOnly() {
        return new SparqlRequestException(403, "Este servicio es de solo lectura: no acepta SPARQL Update");
    }

    private void post(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
        if (type.startsWith("application/sparql-update") || ctx.formParam("update") != null) throw readOnly();
        if (type.startsWith("application/sparql-query")) {
            answer(ctx, ctx.body());
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            answer(ctx, ctx.formParam("query"));
        } else {
            throw new SparqlRequestException(415, "POST /sparql acepta application/sparql-query o un formulario "
                    + "application/x-www-form-urlencoded con el parámetro query (se recibió «" + type + "»)");
        }
    }

    private void answer(Context ctx, String text) {
        if (text != null && text.length() > MAX_QUERY_CHARS) {
            throw new SparqlRequestException(413, "La consulta es demasiado larga (máximo " + MAX_QUERY_CHARS + " caracteres)");
        }
        var query = sparql.get().parse(text);
        boolean graph = query.isConstructType() || query.isDescribeType();
        String accept = ctx.header("Accept");
        String type = graph ? ContentNegotiation.choose(accept, GRAPH_TYPES, TURTLE)
                : ContentNegotiation.choose(accept, ROW_TYPES, JSON);
        if (type == null) {
            throw new SparqlRequestException(406, "No se puede responder en «" + accept + "». Formatos: "
                    + String.join(", ", graph ? GRAPH_TYPES : ROW_TYPES));
        }
        SparqlResult result = sparql.get().execute(query);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (result.isGraph()) {
            RDFFormat format = switch (type) {
                case JSONLD -> RDFFormat.JSONLD;
                case NTRIPLES -> RDFFormat.NTRIPLES;
                default -> RDFFormat.TURTLE;
            };
            RDFDataMgr.write(body, result.graph(), format);
            if (type.equals("application/x-turtle")) type = TURTLE;
        } else if (result.ask() != null) {
            ResultSetMgr.write(body, result.ask(), lang(type));
        } else {
            ResultSetMgr.write(body, result.rows(), lang(type));
        }
        if (result.truncated()) ctx.header("X-Result-Truncated", String.valueOf(sparql.get().limits().maxResults()));
        ctx.contentType(type + "; charset=utf-8").result(body.toByteArray());
    }

    private static Lang lang(String type) {
        return switch (type) {
            case XML -> ResultSetLang.RS_XML;
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            default -> ResultSetLang.RS_JSON;
        };
    }

}

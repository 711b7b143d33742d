package dev.explorador.http;

import dev.explorador.graph.Vocab;
import dev.explorador.query.ConceptRef;
import dev.explorador.query.Explorer;
import dev.explorador.query.SparqlQueries;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * {@code /concepto/{slug}}: every concept IRI dereferences. An RDF client gets the concept's description
 * (Turtle, JSON-LD or N-Triples); a browser gets the viewer, which opens on that concept.
 */
final class ConceptPageRoutes {
    private static final List<String> TYPES = List.of("text/html", SparqlRoutes.TURTLE, SparqlRoutes.JSONLD,
            SparqlRoutes.NTRIPLES, "application/xhtml+xml");

    private final Supplier<Explorer> explorer;
    private final Supplier<byte[]> viewerPage;

    ConceptPageRoutes(Supplier<Explorer> explorer, Supplier<byte[]> viewerPage) {
        this.explorer = explorer;
        this.viewerPage = viewerPage;
    }

    void register(Routes routes) {
        routes.get("/concepto/{slug}", this::page);
    }

    private void page(Context ctx) {
        String slug = ctx.pathParam("slug");
        String type = ContentNegotiation.choose(ctx.header("Accept"), TYPES, "text/html");
        if (type == null) type = "text/html";
        ConceptRef concept = explorer.get().snapshot().bySlug(slug).orElse(null);
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            // The viewer reads the slug from the address; an unknown slug shows its "did you mean" there.
            ctx.status(concept == null ? 404 : 200).contentType("text/html; charset=utf-8").result(viewerPage.get());
            return;
        }
        if (concept == null) {
            explorer.get().resolve(slug); // throws the 404 with suggestions
            return;
        }
        Model description = explorer.get().store().read(
                SparqlQueries.withIriInText("describe-concept", "concept", concept.iri()), 10_000, qe -> qe.execConstruct());
        description.setNsPrefix("c", Vocab.CONCEPT).setNsPrefix("gd", Vocab.GD).setNsPrefix("skos", Vocab.SKOS)
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/").setNsPrefix("t", Vocab.COURSE)
                .setNsPrefix("ex", Vocab.EXAM);
        RDFFormat format = switch (type) {
            case SparqlRoutes.JSONLD -> RDFFormat.JSONLD;
            case SparqlRoutes.NTRIPLES -> RDFFormat.NTRIPLES;
            default -> RDFFormat.TURTLE;
        };
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, description, format);
        ctx.header("Vary", "Accept").contentType(type + "; charset=utf-8").result(body.toByteArray());
    }
}

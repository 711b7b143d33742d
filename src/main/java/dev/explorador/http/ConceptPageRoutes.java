package dev.explorador.http;

import dev.explorador.graph.Vocab;
import dev.explorador.query.ConceptRef;
import dev.explorador.query.Explorer;
import dev.explorador.query.SparqlQueries;
import io.javalin.http.Context;
import dev.explorador.http.ContentNegotiation.Offer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;

/**
 * {@code /concepto/{slug}}: every concept IRI dereferences. An RDF client gets the concept's description
 * (in any RDF syntax Jena writes, by Accept); a browser gets the viewer, which opens on that concept.
 */
final class ConceptPageRoutes {
    /**
     * The viewer (no language: HTML) first, so a browser or a client with no Accept gets it; then every RDF syntax.
     * In a holder class: Jena's registries are read on the first concept page, not while the server starts.
     */
    private static final class Offers {
        static final List<Offer<Lang>> ALL = offers();

        private static List<Offer<Lang>> offers() {
            List<Offer<Lang>> offers = new ArrayList<>();
            offers.add(new Offer<>("text/html", Map.of("charset", "utf-8"), null));
            offers.add(new Offer<>("application/xhtml+xml", Map.of("charset", "utf-8"), null));
            offers.addAll(RdfRepresentations.GRAPH);
            return List.copyOf(offers);
        }
    }

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
        Offer<Lang> offer = RdfRepresentations.negotiate(ctx, Offers.ALL, "format", "output");
        ConceptRef concept = explorer.get().snapshot().bySlug(slug).orElse(null);
        if (offer.value() == null) {
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
        ctx.contentType(RdfRepresentations.contentType(offer)).result(RdfRepresentations.write(description, offer.value()));
    }
}

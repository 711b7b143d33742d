package dev.explorador.http;

import dev.explorador.error.BadRequestException;
import dev.explorador.error.NotFoundException;
import dev.explorador.export.RdfDump;
import dev.explorador.graph.Vocab;
import dev.explorador.http.ContentNegotiation.Offer;
import dev.explorador.query.Explorer;
import dev.explorador.query.SparqlQueries;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * How a generic RDF tool finds its way in without reading the README: the SPARQL 1.1 Service Description of
 * {@code /sparql}, the VoID description of the dataset (size, classes, properties, the SKOS scheme, the endpoint,
 * the dumps, example resources) at {@code /.well-known/void} (RFC 5785, VoID §7), and the SPARQL 1.1 Graph Store
 * Protocol, read only, at {@code /datos} ({@code ?default} is the whole graph). All in any RDF syntax, by Accept.
 */
final class Discovery {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    /** The dataset's own IRI, in the data's namespace, so it is the same whatever name the server is reached by. */
    static final String DATASET = Vocab.BASE + "void#explorador";
    private static final long TIMEOUT_MILLIS = 60_000;

    /**
     * The W3C format IRIs (http://www.w3.org/ns/formats/) of the languages that have one; a service description
     * names, for each language the endpoint offers, the one it has. In a holder class: naming Jena's languages
     * initialises Jena, which the server's start does not wait for.
     */
    private static final class FormatIris {
        static final Map<Lang, String> BY_LANG = Map.ofEntries(
                Map.entry(Lang.TURTLE, "Turtle"), Map.entry(Lang.RDFXML, "RDF_XML"), Map.entry(Lang.NTRIPLES, "N-Triples"),
                Map.entry(Lang.JSONLD, "JSON-LD"), Map.entry(Lang.TRIG, "TriG"), Map.entry(Lang.NQUADS, "N-Quads"),
                Map.entry(Lang.N3, "N3"), Map.entry(Lang.RDFJSON, "RDF_JSON"),
                Map.entry(ResultSetLang.RS_JSON, "SPARQL_Results_JSON"), Map.entry(ResultSetLang.RS_XML, "SPARQL_Results_XML"),
                Map.entry(ResultSetLang.RS_CSV, "SPARQL_Results_CSV"), Map.entry(ResultSetLang.RS_TSV, "SPARQL_Results_TSV"));
    }

    private final Supplier<Explorer> explorer;
    private volatile Model statistics;
    private volatile Model graph;

    Discovery(Supplier<Explorer> explorer) {
        this.explorer = explorer;
    }

    void register(Routes routes) {
        routes.get("/.well-known/void", ctx -> send(ctx, voidDescription(base(ctx))));
        routes.get("/datos", this::graphStore);
    }

    /** {@code http://host:port}, as the client reached us (RequestGate has already checked the Host header). */
    static String base(Context ctx) {
        return "http://" + ctx.header("Host");
    }

    static void send(Context ctx, Model model) {
        Offer<Lang> offer = RdfRepresentations.negotiate(ctx, RdfRepresentations.GRAPH, "format", "output");
        ctx.contentType(RdfRepresentations.contentType(offer)).result(RdfRepresentations.write(model, offer.value()));
    }

    /** SPARQL 1.1 Graph Store HTTP Protocol, GET only: the default graph (the whole knowledge graph); no named graphs. */
    private void graphStore(Context ctx) {
        boolean dflt = ctx.queryParamMap().containsKey("default");
        String named = ctx.queryParam("graph");
        if (dflt && named != null) throw new BadRequestException("Usa ?default o ?graph=IRI, no los dos");
        if (named != null) {
            throw new NotFoundException("El almacén no tiene grafos con nombre: todo está en el grafo por defecto (/datos?default)");
        }
        // Without a parameter the protocol leaves GET open; the dataset holds only the default graph, so it is the same.
        if (graph == null) graph = RdfDump.model(explorer.get());
        send(ctx, graph);
    }

    /** The Service Description of the endpoint, for GET /sparql with no query. */
    Model serviceDescription(String base) {
        Model model = ModelFactory.createDefaultModel();
        prefixes(model);
        Resource service = model.createResource(base + "/sparql");
        service.addProperty(RDF.type, model.createResource(SD + "Service"))
                .addProperty(model.createProperty(SD, "endpoint"), service)
                .addProperty(model.createProperty(SD, "supportedLanguage"), model.createResource(SD + "SPARQL10Query"))
                .addProperty(model.createProperty(SD, "supportedLanguage"), model.createResource(SD + "SPARQL11Query"))
                .addProperty(model.createProperty(SD, "defaultEntailmentRegime"),
                        model.createResource("http://www.w3.org/ns/entailment/Simple"))
                .addProperty(DCTerms.title, "Explorador GenAI Databricks: SPARQL 1.1 (solo lectura)", "es")
                .addProperty(RDFS.comment, "Solo consultas (SELECT, ASK, CONSTRUCT, DESCRIBE); no acepta SPARQL Update ni "
                        + "SERVICE. Formatos por Accept o por el parámetro output=/format= (como Fuseki).", "es");
        Set<String> formats = new LinkedHashSet<>();
        for (List<Offer<Lang>> offers : List.of(RdfRepresentations.ROWS, RdfRepresentations.GRAPH)) {
            for (Offer<Lang> offer : offers) {
                String local = FormatIris.BY_LANG.get(offer.value());
                if (local != null) formats.add(FORMATS + local);
            }
        }
        formats.forEach(f -> service.addProperty(model.createProperty(SD, "resultFormat"), model.createResource(f)));
        Resource dataset = model.createResource(DATASET)
                .addProperty(RDF.type, model.createResource(SD + "Dataset"))
                .addProperty(RDF.type, model.createResource(VOID + "Dataset"))
                .addProperty(RDFS.seeAlso, model.createResource(base + "/.well-known/void"));
        Resource defaultGraph = model.createResource()
                .addProperty(RDF.type, model.createResource(SD + "Graph"))
                .addProperty(model.createProperty(VOID, "triples"), model.createTypedLiteral(triples()));
        dataset.addProperty(model.createProperty(SD, "defaultGraph"), defaultGraph);
        service.addProperty(model.createProperty(SD, "defaultDataset"), dataset);
        return model;
    }

    /** The VoID description: the statistics (computed once) plus this server's endpoint and dumps. */
    Model voidDescription(String base) {
        Model model = ModelFactory.createDefaultModel().add(statistics());
        prefixes(model);
        Resource dataset = model.createResource(DATASET);
        dataset.addProperty(model.createProperty(VOID, "sparqlEndpoint"), model.createResource(base + "/sparql"))
                .addProperty(model.createProperty(VOID, "dataDump"), model.createResource(base + "/datos?default"))
                .addProperty(model.createProperty(VOID, "dataDump"), model.createResource(base + "/api/export/rdf?format=ttl"));
        return model;
    }

    private long triples() {
        return statistics().getRequiredProperty(statistics().createResource(DATASET),
                statistics().createProperty(VOID, "triples")).getLong();
    }

    private Model statistics() {
        Model made = statistics;
        if (made != null) return made;
        Model model = ModelFactory.createDefaultModel();
        prefixes(model);
        Resource dataset = model.createResource(DATASET)
                .addProperty(RDF.type, model.createResource(VOID + "Dataset"))
                .addProperty(DCTerms.title, "Explorador GenAI Databricks", "es")
                .addProperty(DCTerms.description, "Los conceptos del curso «Generative AI Application Deployment and "
                        + "Monitoring» de Databricks y del examen Generative AI Engineer Associate, como un esquema SKOS con "
                        + "relaciones tipadas, temario, secciones del examen y preguntas de práctica.", "es")
                .addProperty(DCTerms.language, model.createResource("http://id.loc.gov/vocabulary/iso639-1/es"))
                .addProperty(model.createProperty(VOID, "uriSpace"), Vocab.BASE)
                .addProperty(model.createProperty(VOID, "rootResource"), model.createResource(Vocab.SCHEME));
        for (String vocabulary : List.of(Vocab.SKOS, DCTerms.NS, Vocab.GD, "http://www.w3.org/ns/shacl#")) {
            dataset.addProperty(model.createProperty(VOID, "vocabulary"), model.createResource(vocabulary));
        }
        QuerySolution counts = select("void-counts").get(0);
        Property triples = model.createProperty(VOID, "triples");
        dataset.addLiteral(triples, counts.getLiteral("triples").getLong())
                .addLiteral(model.createProperty(VOID, "distinctSubjects"), counts.getLiteral("subjects").getLong())
                .addLiteral(model.createProperty(VOID, "distinctObjects"), counts.getLiteral("objects").getLong())
                .addLiteral(model.createProperty(VOID, "properties"), counts.getLiteral("properties").getLong());
        List<QuerySolution> classes = select("void-classes");
        dataset.addLiteral(model.createProperty(VOID, "classes"), (long) classes.size());
        for (QuerySolution row : classes) {
            dataset.addProperty(model.createProperty(VOID, "classPartition"), model.createResource()
                    .addProperty(model.createProperty(VOID, "class"), row.getResource("class"))
                    .addLiteral(model.createProperty(VOID, "entities"), row.getLiteral("entities").getLong()));
        }
        for (QuerySolution row : select("void-properties")) {
            dataset.addProperty(model.createProperty(VOID, "propertyPartition"), model.createResource()
                    .addProperty(model.createProperty(VOID, "property"), row.getResource("property"))
                    .addLiteral(triples, row.getLiteral("triples").getLong()));
        }
        for (QuerySolution row : select("void-examples")) {
            dataset.addProperty(model.createProperty(VOID, "exampleResource"), row.getResource("concept"));
        }
        statistics = model;
        return model;
    }

    private List<QuerySolution> select(String name) {
        return explorer.get().store().read(SparqlQueries.get(name), TIMEOUT_MILLIS, execution -> {
            // Copied out while the store's read lasts (a TDB2 row resolves its nodes lazily).
            List<QuerySolution> rows = new ArrayList<>();
            execution.execSelect().forEachRemaining(row -> {
                QuerySolutionMap copy = new QuerySolutionMap();
                row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                rows.add(copy);
            });
            return rows;
        });
    }

    private static void prefixes(Model model) {
        model.setNsPrefix("sd", SD).setNsPrefix("void", VOID).setNsPrefix("formats", FORMATS)
                .setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("rdfs", RDFS.uri).setNsPrefix("skos", Vocab.SKOS)
                .setNsPrefix("c", Vocab.CONCEPT).setNsPrefix("gd", Vocab.GD);
    }
}

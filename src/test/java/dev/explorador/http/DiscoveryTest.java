package dev.explorador.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.TestGraph;
import dev.explorador.export.RdfDump;
import dev.explorador.graph.Vocab;
import dev.explorador.testing.ExplorerHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Service Description at GET /sparql, VoID at /.well-known/void, Graph Store Protocol (read) at /datos. */
class DiscoveryTest {
    private static ExplorerHttp http;

    @BeforeAll
    static void start() {
        http = ExplorerHttp.start();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static Model fetch(String path, String accept) throws Exception {
        var response = http.get(path, accept);
        assertEquals(200, response.statusCode(), response.body());
        String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0];
        Lang lang = RDFLanguages.contentTypeToLang(type);
        assertTrue(lang != null, "a syntax Jena reads: " + type);
        Dataset dataset = DatasetFactory.create();
        RDFParser.fromString(response.body(), lang).base(http.uri("/").toString()).parse(dataset);
        return dataset.getDefaultModel();
    }

    private static Property sd(String local) {
        return ModelFactory.createDefaultModel().createProperty(Discovery.SD, local);
    }

    private static Property voidProperty(String local) {
        return ModelFactory.createDefaultModel().createProperty(Discovery.VOID, local);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/turtle", "application/rdf+xml", "application/ld+json"})
    void theEndpointDescribesItselfWhenAskedWithoutAQuery(String accept) throws Exception {
        Model model = fetch("/sparql", accept);
        Resource service = model.createResource(http.uri("/sparql").toString());
        assertTrue(model.contains(service, RDF.type, model.createResource(Discovery.SD + "Service")), accept);
        assertTrue(model.contains(service, sd("endpoint"), service));
        assertTrue(model.contains(service, sd("supportedLanguage"), model.createResource(Discovery.SD + "SPARQL11Query")));
        for (String format : new String[] {"RDF_XML", "Turtle", "JSON-LD", "N-Triples", "SPARQL_Results_JSON",
            "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV"}) {
            assertTrue(model.contains(service, sd("resultFormat"), model.createResource(Discovery.FORMATS + format)), format);
        }
        Resource graph = model.getRequiredProperty(model.getRequiredProperty(service, sd("defaultDataset")).getResource(),
                sd("defaultGraph")).getResource();
        assertEquals(RdfDump.model(TestGraph.explorer()).size(), graph.getRequiredProperty(voidProperty("triples")).getLong());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/turtle", "application/rdf+xml", "application/ld+json", "application/n-triples"})
    void voidDescribesTheDataset(String accept) throws Exception {
        Model model = fetch("/.well-known/void", accept);
        Resource dataset = model.createResource(Discovery.DATASET);
        assertTrue(model.contains(dataset, RDF.type, model.createResource(Discovery.VOID + "Dataset")));
        Model graph = RdfDump.model(TestGraph.explorer());
        assertEquals(graph.size(), dataset.getRequiredProperty(voidProperty("triples")).getLong());
        assertEquals(graph.listStatements().mapWith(s -> s.getPredicate()).toSet().size(),
                dataset.getRequiredProperty(voidProperty("properties")).getLong());
        assertTrue(model.contains(dataset, voidProperty("sparqlEndpoint"), model.createResource(http.uri("/sparql").toString())));
        assertTrue(model.contains(dataset, voidProperty("dataDump"), model.createResource(http.uri("/datos?default").toString())));
        assertTrue(model.contains(dataset, voidProperty("rootResource"), model.createResource(Vocab.SCHEME)));
        assertTrue(model.contains(dataset, voidProperty("vocabulary"), model.createResource(Vocab.SKOS)));
        assertEquals(3, model.listObjectsOfProperty(dataset, voidProperty("exampleResource")).toList().size());
        model.listObjectsOfProperty(dataset, voidProperty("exampleResource")).forEach(example ->
                assertTrue(graph.contains(example.asResource(), RDF.type, SKOS.Concept), example.toString()));
        long concepts = graph.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList().size();
        boolean conceptPartition = model.listObjectsOfProperty(dataset, voidProperty("classPartition")).toList().stream()
                .map(n -> n.asResource())
                .anyMatch(p -> p.hasProperty(voidProperty("class"), SKOS.Concept)
                        && p.getRequiredProperty(voidProperty("entities")).getLong() == concepts);
        assertTrue(conceptPartition, "a class partition for skos:Concept with " + concepts + " entities");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/turtle", "application/rdf+xml", "application/ld+json", "application/n-triples",
        "application/trig", "application/n-quads", "application/rdf+thrift"})
    void theGraphStoreGivesTheWholeDefaultGraph(String accept) throws Exception {
        Model expected = RdfDump.model(TestGraph.explorer());
        if (accept.contains("thrift")) {
            var response = http.client().send(HttpRequest.newBuilder(http.uri("/datos?default")).header("Accept", accept).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(new java.io.ByteArrayInputStream(response.body())).lang(Lang.RDFTHRIFT).parse(model);
            assertTrue(expected.isIsomorphicWith(model));
            return;
        }
        assertTrue(expected.isIsomorphicWith(fetch("/datos?default", accept)), accept);
    }

    @Test
    void theGraphStoreIsReadOnlyAndHasNoNamedGraphs() throws Exception {
        assertEquals(404, http.get("/datos?graph=" + ExplorerHttp.encode("https://example.org/g"), "text/turtle").statusCode());
        assertEquals(400, http.get("/datos?default&graph=x", "text/turtle").statusCode());
        var put = http.client().send(HttpRequest.newBuilder(http.uri("/datos?default")).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> .")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, put.statusCode());
        assertEquals(406, http.get("/datos?default", "image/png").statusCode());
    }
}

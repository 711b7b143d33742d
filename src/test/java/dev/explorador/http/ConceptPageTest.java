package dev.explorador.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.testing.ExplorerHttp;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Concept IRIs dereference: RDF for RDF clients, the viewer for browsers. */
class ConceptPageTest {
    private static final String IRI = "https://explorador-genai.example/concepto/inference-table";
    private static ExplorerHttp http;

    @BeforeAll
    static void start() {
        http = ExplorerHttp.start();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static Model parse(String body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).base(IRI).parse(model);
        return model;
    }

    @Test
    void turtleClientsGetTheConceptDescription() throws Exception {
        var response = http.get("/concepto/inference-table", "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model model = parse(response.body(), Lang.TURTLE);
        var concept = model.createResource(IRI);
        assertTrue(model.contains(concept, SKOS.prefLabel, model.createLiteral("Tabla de inferencia", "es")));
        assertTrue(model.contains(concept, SKOS.definition));
        assertTrue(model.listStatements(null, null, concept).hasNext(), "links into the concept too");
    }

    @Test
    void jsonLdClientsGetTheSameDescription() throws Exception {
        var turtle = parse(http.get("/concepto/inference-table", "text/turtle").body(), Lang.TURTLE);
        var response = http.get("/concepto/inference-table", "application/ld+json");
        assertEquals(200, response.statusCode());
        assertTrue(turtle.isIsomorphicWith(parse(response.body(), Lang.JSONLD)));
    }

    @Test
    void browsersGetTheViewer() throws Exception {
        var response = http.get("/concepto/inference-table", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.body().toLowerCase().contains("<!doctype html"));
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    }

    @Test
    void anUnknownSlugIs404() throws Exception {
        assertEquals(404, http.get("/concepto/no-existe", "text/turtle").statusCode());
        assertEquals(404, http.get("/concepto/no-existe", "text/html").statusCode());
    }
}

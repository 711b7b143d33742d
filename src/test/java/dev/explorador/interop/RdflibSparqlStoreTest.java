package dev.explorador.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.explorador.TestGraph;
import dev.explorador.testing.ExplorerHttp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Python's rdflib (Debian's python3-rdflib) through its {@code SPARQLStore}, against a real server: SELECT, ASK,
 * CONSTRUCT and DESCRIBE, in each return format SPARQLStore offers, by GET, POST and form POST.
 *
 * <p>rdflib sends {@code Accept: application/sparql-results+xml, application/rdf+xml} for its default format
 * ({@code xml}) and reads a graph only as RDF/XML. Its {@code json}, {@code csv} and {@code tsv} formats ask for
 * SPARQL results syntaxes only, which cannot carry a graph: for CONSTRUCT/DESCRIBE the server answers 406 with the
 * graph syntaxes it offers (and rdflib raises); likewise {@code application/rdf+xml} for SELECT/ASK.
 */
class RdflibSparqlStoreTest {
    private static ExplorerHttp http;
    private static List<JsonNode> cases;

    @BeforeAll
    static void run() throws Exception {
        var python = ExternalTool.pythonWithRdflib();
        ExternalTool.require(python.isPresent(), "Falta python3 con rdflib (paquete Debian python3-rdflib)");
        http = ExplorerHttp.start();
        Path script = Path.of("src/test/resources/interop/rdflib_matrix.py");
        var result = ExternalTool.run(List.of(python.get(), script.toString(), http.base() + "/sparql"), null, 300);
        assertEquals(0, result.exit(), result.err());
        cases = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : result.out().lines().toList()) cases.add(json.readTree(line));
        assertEquals(4 * 5 * 3, cases.size(), result.out() + result.err());
        // The whole matrix, for the record (target/surefire-reports/*-output.txt).
        cases.forEach(c -> System.out.println(c.get("form").asText() + " × " + c.get("returnFormat").asText() + " × "
                + c.get("method").asText() + " → HTTP " + c.get("status").asText() + " " + c.get("contentType").asText()
                + (c.get("ok").asBoolean() ? " ok" : " rdflib: " + c.get("error").asText())));
    }

    /** rdflib's Graph.parse on the service description, VoID and the Graph Store: by its own Accept and by syntax name. */
    @Test
    void rdflibReadsTheServiceDescriptionVoidAndTheGraphStore() throws Exception {
        var python = ExternalTool.pythonWithRdflib().orElseThrow();
        var result = ExternalTool.run(List.of(python, "src/test/resources/interop/rdflib_discovery.py",
                http.base()), null, 300);
        assertEquals(0, result.exit(), result.err());
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> parsed = new ArrayList<>();
        for (String line : result.out().lines().toList()) parsed.add(json.readTree(line));
        assertEquals(3 * 5, parsed.size(), result.out());
        long graphSize = dev.explorador.export.RdfDump.model(TestGraph.explorer()).size();
        String endpoint = http.base() + "/sparql";
        for (JsonNode c : parsed) {
            System.out.println("rdflib Graph.parse " + c.get("path").asText() + " × " + c.get("format").asText() + " → "
                    + (c.get("ok").asBoolean() ? c.get("triples").asText() + " triples" : c.get("error").asText()));
            assertTrue(c.get("ok").asBoolean(), c.toString());
            switch (c.get("path").asText()) {
                case "/sparql" -> assertEquals(1, c.get("services").asInt(), c.toString());
                case "/.well-known/void" -> assertEquals(1, c.get("datasets").asInt(), c.toString());
                default -> assertEquals(graphSize, c.get("triples").asLong(), c.toString());
            }
            if (!c.get("path").asText().startsWith("/datos")) assertTrue(c.get("endpoints").toString().contains(endpoint), c.toString());
        }
    }

    /**
     * SPARQLWrapper (Debian's python3-sparqlwrapper, installed with python3-rdflib) with each return format it has,
     * for each query form. Where SPARQLWrapper has no Accept for a pair (a graph format for SELECT, a results format
     * for CONSTRUCT) it sends {@code *}{@code /*} and takes what comes: the server's default for that form.
     */
    @Test
    void sparqlWrapperConvertsEveryFormatItAsksFor() throws Exception {
        var python = ExternalTool.pythonWithRdflib().orElseThrow();
        var result = ExternalTool.run(List.of(python, "src/test/resources/interop/sparqlwrapper_matrix.py",
                http.base() + "/sparql"), null, 300);
        assertEquals(0, result.exit(), result.err());
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> parsed = new ArrayList<>();
        for (String line : result.out().lines().toList()) parsed.add(json.readTree(line));
        assertEquals(4 * 7, parsed.size(), result.out() + result.err());
        for (JsonNode c : parsed) {
            System.out.println("SPARQLWrapper " + c.get("form").asText() + " × " + c.get("returnFormat").asText() + " → "
                    + (c.get("ok").asBoolean() ? c.get("contentType").asText() + ", " + c.get("size").asText() : c.get("error").asText()));
            assertTrue(c.get("ok").asBoolean(), c.toString());
            assertTrue(c.get("size").asInt() > 0, c.toString());
            String form = c.get("form").asText();
            String format = c.get("returnFormat").asText();
            String type = c.get("contentType").asText();
            if (form.equals("CONSTRUCT") || form.equals("DESCRIBE")) {
                // SPARQLWrapper also sends format= and output= with the format's name, which Fuseki's names (json → JSON-LD,
                // xml → RDF/XML) and Jena's (turtle, n3) resolve; other names are ignored and Accept (*/*) decides.
                String expected = switch (format) {
                    case "rdf+xml", "xml" -> "application/rdf+xml";
                    case "turtle" -> "text/turtle";
                    case "n3" -> "text/rdf+n3";
                    case "json" -> "application/ld+json";
                    default -> "text/turtle"; // */*
                };
                assertTrue(type.startsWith(expected), c.toString());
            } else {
                String expected = switch (format) {
                    case "xml" -> "application/sparql-results+xml";
                    case "csv" -> "text/csv";
                    case "tsv" -> "text/tab-separated-values";
                    default -> "application/sparql-results+json"; // json, or */* for a graph format
                };
                assertTrue(type.startsWith(expected), c.toString());
            }
        }
    }

    @AfterAll
    static void stop() {
        if (http != null) http.close();
    }

    private static List<JsonNode> cases(String form, String format) {
        return cases.stream().filter(c -> c.get("form").asText().equals(form) && c.get("returnFormat").asText().equals(format)).toList();
    }

    @Test
    void selectWorksInEverySparqlResultsFormat() {
        for (String format : List.of("xml", "json", "csv", "tsv")) {
            for (JsonNode c : cases("SELECT", format)) {
                assertTrue(c.get("ok").asBoolean(), c.toString());
                assertEquals(200, c.get("status").asInt(), c.toString());
                assertEquals("SELECT", c.get("type").asText(), c.toString());
                List<String> rows = new ArrayList<>();
                c.get("rows").forEach(r -> rows.add(r.asText()));
                assertEquals(List.of("Inference table", "Tabla de inferencia"), rows, c.toString());
            }
        }
    }

    @Test
    void askWorksInXmlAndJson() {
        for (String format : List.of("xml", "json")) {
            for (JsonNode c : cases("ASK", format)) {
                assertTrue(c.get("ok").asBoolean(), c.toString());
                assertEquals("ASK", c.get("type").asText(), c.toString());
                assertTrue(c.get("boolean").asBoolean(), c.toString());
            }
        }
    }

    @Test
    void constructAndDescribeWorkWhereRdflibAsksForRdfXml() {
        for (String form : List.of("CONSTRUCT", "DESCRIBE")) {
            for (String format : List.of("xml", "application/rdf+xml")) {
                for (JsonNode c : cases(form, format)) {
                    assertTrue(c.get("ok").asBoolean(), c.toString());
                    assertTrue(c.get("contentType").asText().startsWith("application/rdf+xml"), c.toString());
                    assertTrue(c.get("triples").asInt() > 5, c.toString());
                    String subject = form.equals("CONSTRUCT") ? "inference-table" : "pyfunc";
                    assertTrue(c.get("subjects").toString().contains("https://explorador-genai.example/concepto/" + subject), c.toString());
                }
            }
        }
    }

    @Test
    void aFormatThatCannotCarryTheAnswerIsRefusedNotMislabelled() {
        for (String form : List.of("CONSTRUCT", "DESCRIBE")) {
            for (String format : List.of("json", "csv", "tsv")) {
                for (JsonNode c : cases(form, format)) {
                    assertFalse(c.get("ok").asBoolean(), c.toString());
                    assertEquals(406, c.get("status").asInt(), c.toString());
                }
            }
        }
        for (String form : List.of("SELECT", "ASK")) {
            for (JsonNode c : cases(form, "application/rdf+xml")) {
                assertFalse(c.get("ok").asBoolean(), c.toString());
                assertEquals(406, c.get("status").asInt(), c.toString());
            }
        }
    }
}

package dev.explorador.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.explorador.sparql.SparqlLimits;
import dev.explorador.testing.ExplorerHttp;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SPARQL 1.1 Protocol at /sparql: methods, result formats, refusals and limits. */
class SparqlEndpointTest {
    private static final String PREFIXES = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "PREFIX gd: <https://explorador-genai.example/vocab#> PREFIX c: <https://explorador-genai.example/concepto/> ";
    private static final String SELECT = PREFIXES
            + "SELECT ?label WHERE { c:inference-table skos:prefLabel ?label } ORDER BY ?label";
    private static final String CONSTRUCT = PREFIXES
            + "CONSTRUCT { c:inference-table ?p ?o } WHERE { c:inference-table ?p ?o }";
    private static ExplorerHttp http;
    private static ExplorerHttp slow;

    @BeforeAll
    static void start() {
        http = ExplorerHttp.start(new SparqlLimits(10_000, 50));
        slow = ExplorerHttp.start(new SparqlLimits(300, 50));
    }

    @AfterAll
    static void stop() {
        http.close();
        slow.close();
    }

    private static ResultSet parse(String body, Lang lang) {
        return ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
    }

    @Test
    void getPostFormAndPostQueryGiveTheSameAnswer() throws Exception {
        var get = http.get("/sparql?query=" + ExplorerHttp.encode(SELECT), null);
        var form = http.post("/sparql", "application/x-www-form-urlencoded", "query=" + ExplorerHttp.encode(SELECT), null);
        var direct = http.post("/sparql", "application/sparql-query", SELECT, null);
        for (var response : new HttpResponse[] {get, form, direct}) {
            assertEquals(200, response.statusCode(), String.valueOf(response.body()));
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        }
        assertEquals(get.body(), form.body());
        assertEquals(get.body(), direct.body());
        JsonNode json = new ObjectMapper().readTree(get.body());
        assertEquals(2, json.at("/results/bindings").size(), "a Spanish and an English name");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "application/sparql-results+json, JSON",
        "application/sparql-results+xml, XML",
        "text/csv, CSV",
        "text/tab-separated-values, TSV"})
    void selectResultsInEveryFormatParseBack(String accept, String format) throws Exception {
        var response = http.get("/sparql?query=" + ExplorerHttp.encode(SELECT), accept);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        Lang lang = switch (format) {
            case "XML" -> ResultSetLang.RS_XML;
            case "CSV" -> ResultSetLang.RS_CSV;
            case "TSV" -> ResultSetLang.RS_TSV;
            default -> ResultSetLang.RS_JSON;
        };
        ResultSet rows = parse(response.body(), lang);
        int count = 0;
        boolean spanish = false;
        while (rows.hasNext()) {
            String label = rows.next().get("label").toString();
            spanish |= label.contains("Tabla de inferencia");
            count++;
        }
        assertEquals(2, count);
        assertTrue(spanish, response.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD", "application/n-triples, NTRIPLES",
        "application/rdf+xml, RDFXML", "'application/sparql-results+xml, application/rdf+xml', RDFXML", "application/trig, TRIG",
        "application/n-quads, NQUADS", "application/trix, TRIX", "application/rdf+json, RDFJSON", "text/n3, N3"})
    void constructResultsInEveryRdfFormatParseBack(String accept, String format) throws Exception {
        var response = http.get("/sparql?query=" + ExplorerHttp.encode(CONSTRUCT), accept);
        assertEquals(200, response.statusCode(), response.body());
        Lang lang = org.apache.jena.riot.RDFLanguages.nameToLang(format);
        assertTrue(lang.getContentType().getContentTypeStr().equals(
                response.headers().firstValue("Content-Type").orElse("").split(";")[0]) || format.equals("N3"),
                response.headers().firstValue("Content-Type").orElse(""));
        Model model = ModelFactory.createDefaultModel();
        if (org.apache.jena.riot.RDFLanguages.isTriples(lang)) {
            RDFParser.fromString(response.body(), lang).parse(model);
        } else {
            var dataset = org.apache.jena.query.DatasetFactory.create();
            RDFParser.fromString(response.body(), lang).parse(dataset);
            model = dataset.getDefaultModel();
        }
        assertTrue(model.size() > 10, "the concept's statements");
        assertTrue(model.contains(model.createResource("https://explorador-genai.example/concepto/inference-table"),
                model.createProperty("http://www.w3.org/2004/02/skos/core#prefLabel")));
    }

    @Test
    void askAndDescribeWork() throws Exception {
        var ask = http.get("/sparql?query=" + ExplorerHttp.encode(PREFIXES + "ASK { c:pyfunc a skos:Concept }"), null);
        assertEquals(200, ask.statusCode());
        assertTrue(new ObjectMapper().readTree(ask.body()).get("boolean").asBoolean());
        var xml = http.get("/sparql?query=" + ExplorerHttp.encode(PREFIXES + "ASK { c:pyfunc a skos:Collection }"),
                "application/sparql-results+xml");
        assertTrue(xml.body().contains("<boolean>false</boolean>"), xml.body());
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new StringReader(xml.body())));
        var describe = http.get("/sparql?query=" + ExplorerHttp.encode(PREFIXES + "DESCRIBE c:pyfunc"), "text/turtle");
        assertEquals(200, describe.statusCode());
        assertTrue(describe.body().contains("pyfunc"));
    }

    @Test
    void updatesAreRefused() throws Exception {
        String update = PREFIXES + "INSERT DATA { c:x a skos:Concept }";
        var asQuery = http.get("/sparql?query=" + ExplorerHttp.encode(update), null);
        assertEquals(403, asQuery.statusCode());
        assertTrue(asQuery.body().contains("solo lectura"));
        var asUpdate = http.post("/sparql", "application/sparql-update", update, null);
        assertEquals(403, asUpdate.statusCode());
        var asForm = http.post("/sparql", "application/x-www-form-urlencoded", "update=" + ExplorerHttp.encode(update), null);
        assertEquals(403, asForm.statusCode());
        var check = http.get("/sparql?query=" + ExplorerHttp.encode(PREFIXES + "ASK { c:x a skos:Concept }"), null);
        assertFalse(new ObjectMapper().readTree(check.body()).get("boolean").asBoolean(), "nothing was written");
    }

    @Test
    void aMalformedQueryGets400WithTheParserMessage() throws Exception {
        var response = http.get("/sparql?query=" + ExplorerHttp.encode("SELECT ?x WHERE { ?x ?y }"), null);
        assertEquals(400, response.statusCode());
        JsonNode error = new ObjectMapper().readTree(response.body());
        assertTrue(error.get("error").asText().contains("mal formada"), response.body());
        assertTrue(error.get("error").asText().contains("line 1"), "the parser's position: " + response.body());
        assertFalse(response.body().contains("at org.apache"), "no stack trace");
        assertEquals(400, http.post("/sparql", "application/x-www-form-urlencoded", "format=json", null).statusCode(), "missing query");
        assertEquals(415, http.post("/sparql", "text/plain", SELECT, null).statusCode());
        assertEquals(406, http.get("/sparql?query=" + ExplorerHttp.encode(SELECT), "image/png").statusCode());
    }

    @Test
    void anAcceptNothingMatchesGets406WithWhatIsOffered() throws Exception {
        var select = http.get("/sparql?query=" + ExplorerHttp.encode(SELECT), "image/png, text/turtle");
        assertEquals(406, select.statusCode());
        String error = new ObjectMapper().readTree(select.body()).get("error").asText();
        for (String type : new String[] {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
            "text/tab-separated-values"}) {
            assertTrue(error.contains(type), error);
        }
        var construct = http.get("/sparql?query=" + ExplorerHttp.encode(CONSTRUCT), "application/sparql-results+json");
        assertEquals(406, construct.statusCode());
        String graphError = new ObjectMapper().readTree(construct.body()).get("error").asText();
        for (String type : new String[] {"text/turtle", "application/rdf+xml", "application/n-triples", "application/ld+json",
            "application/trig", "application/n-quads"}) {
            assertTrue(graphError.contains(type), graphError);
        }
        assertEquals("Accept", select.headers().firstValue("Vary").orElse(""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"output=xml, application/sparql-results+xml", "format=csv, text/csv", "results=tsv, text/tab-separated-values",
        "output=application%2Fsparql-results%2Bxml, application/sparql-results+xml", "format=json, application/sparql-results+json"})
    void formatParametersAsFusekiReadsThem(String param, String type) throws Exception {
        var response = http.get("/sparql?query=" + ExplorerHttp.encode(SELECT) + "&" + param, "text/turtle");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(type));
        var graph = http.get("/sparql?query=" + ExplorerHttp.encode(CONSTRUCT) + "&output=xml", null);
        assertTrue(graph.headers().firstValue("Content-Type").orElse("").startsWith("application/rdf+xml"));
        var form = http.post("/sparql", "application/x-www-form-urlencoded",
                "query=" + ExplorerHttp.encode(CONSTRUCT) + "&format=nt", null);
        assertTrue(form.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
        // A name that fits nothing for this form is ignored (SPARQLWrapper sends format=turtle with a SELECT): Accept decides.
        var hint = http.get("/sparql?query=" + ExplorerHttp.encode(SELECT) + "&format=turtle&output=turtle", "text/csv");
        assertTrue(hint.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(406, http.get("/sparql?query=" + ExplorerHttp.encode(SELECT) + "&format=turtle", "text/turtle").statusCode());
    }

    @Test
    void aQueryOverTheTimeLimitIsCutWith503() throws Exception {
        String crossProduct = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        var response = slow.get("/sparql?query=" + ExplorerHttp.encode(crossProduct), null);
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.body().contains("tiempo límite"));
        assertEquals(200, slow.get("/sparql?query=" + ExplorerHttp.encode(SELECT), null).statusCode(), "the server goes on");
    }

    @Test
    void theResultCapCutsLongAnswersAndSaysSo() throws Exception {
        var response = http.get("/sparql?query=" + ExplorerHttp.encode("SELECT * WHERE { ?s ?p ?o }"), "text/csv");
        assertEquals(200, response.statusCode());
        assertEquals(51, response.body().strip().split("\r?\n").length, "header + 50 rows");
        assertEquals("50", response.headers().firstValue("X-Result-Truncated").orElse(""));
        var small = http.get("/sparql?query=" + ExplorerHttp.encode(SELECT), "text/csv");
        assertTrue(small.headers().firstValue("X-Result-Truncated").isEmpty());
    }
}

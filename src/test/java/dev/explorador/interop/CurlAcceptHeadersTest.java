package dev.explorador.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.testing.ExplorerHttp;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.WebContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code curl} with the exact Accept headers common clients send, against a real server: the status, the media type
 * chosen, and a body that parses in that media type.
 */
class CurlAcceptHeadersTest {
    private static final String PREFIXES = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "PREFIX c: <https://explorador-genai.example/concepto/> ";
    private static final String SELECT = PREFIXES + "SELECT ?label WHERE { c:inference-table skos:prefLabel ?label }";
    private static final String CONSTRUCT = PREFIXES + "CONSTRUCT { c:inference-table ?p ?o } WHERE { c:inference-table ?p ?o }";
    private static final String FIREFOX = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String CHROME = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
            + "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
    private static ExplorerHttp http;
    private static String curl;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        var found = ExternalTool.find("curl");
        ExternalTool.require(found.isPresent(), "Falta curl (paquete Debian curl)");
        curl = found.get();
        http = ExplorerHttp.start();
    }

    @AfterAll
    static void stop() {
        if (http != null) http.close();
    }

    /** client, path (query appended), Accept header, expected status, expected media type (or null for a 406). */
    static Stream<Arguments> clients() {
        String select = "/sparql?query=" + URLEncoder.encode(SELECT, StandardCharsets.UTF_8);
        String construct = "/sparql?query=" + URLEncoder.encode(CONSTRUCT, StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("rdflib SPARQLStore xml, SELECT", select, "application/sparql-results+xml, application/rdf+xml", 200, "application/sparql-results+xml"),
                Arguments.of("rdflib SPARQLStore xml, CONSTRUCT", construct, "application/sparql-results+xml, application/rdf+xml", 200, "application/rdf+xml"),
                Arguments.of("rdflib SPARQLStore json, CONSTRUCT", construct, "application/sparql-results+json", 406, null),
                Arguments.of("SPARQLWrapper XML, SELECT", select, "application/sparql-results+xml", 200, "application/sparql-results+xml"),
                Arguments.of("SPARQLWrapper JSON, SELECT", select, "application/sparql-results+json,application/json,text/javascript,application/javascript", 200, "application/sparql-results+json"),
                Arguments.of("SPARQLWrapper CSV, SELECT", select, "text/csv", 200, "text/csv"),
                Arguments.of("SPARQLWrapper TSV, SELECT", select, "text/tab-separated-values", 200, "text/tab-separated-values"),
                Arguments.of("SPARQLWrapper default (RDF/XML), CONSTRUCT", construct, "application/rdf+xml", 200, "application/rdf+xml"),
                Arguments.of("SPARQLWrapper TURTLE, CONSTRUCT", construct, "application/turtle,text/turtle", 200, "application/turtle"),
                Arguments.of("SPARQLWrapper N3, CONSTRUCT", construct, "application/turtle,text/turtle,text/rdf+n3,application/n-triples,application/n3,text/n3", 200, "application/turtle"),
                Arguments.of("SPARQLWrapper JSONLD, CONSTRUCT", construct, "application/ld+json,application/x-json+ld", 200, "application/ld+json"),
                Arguments.of("SPARQLWrapper ALL, CONSTRUCT", construct, "*/*", 200, "text/turtle"),
                Arguments.of("YASGUI, SELECT", select, "application/sparql-results+json,*/*;q=0.9", 200, "application/sparql-results+json"),
                Arguments.of("YASGUI, CONSTRUCT", construct, "text/turtle,*/*;q=0.9", 200, "text/turtle"),
                Arguments.of("Jena, SELECT", select, WebContent.defaultSparqlResultsHeader, 200, "application/sparql-results+json"),
                Arguments.of("Jena, CONSTRUCT", construct, WebContent.defaultGraphAcceptHeader, 200, "text/turtle"),
                Arguments.of("Jena RDF, /datos?default", "/datos?default", WebContent.defaultRDFAcceptHeader, 200, "text/turtle"),
                Arguments.of("Jena dataset, /datos", "/datos", WebContent.defaultDatasetAcceptHeader, 200, "application/trig"),
                Arguments.of("Firefox, SELECT", select, FIREFOX, 200, "application/xml"),
                Arguments.of("Firefox, CONSTRUCT", construct, FIREFOX, 200, "text/turtle"),
                Arguments.of("Chrome, /concepto", "/concepto/inference-table", CHROME, 200, "text/html"),
                Arguments.of("Chrome, /.well-known/void", "/.well-known/void", CHROME, 200, "text/turtle"),
                Arguments.of("curl default, SELECT", select, "*/*", 200, "application/sparql-results+json"),
                Arguments.of("no type matches, SELECT", select, "image/png", 406, null),
                Arguments.of("no type matches, /concepto", "/concepto/inference-table", "image/png", 406, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clients")
    void eachClientGetsAnAnswerItReads(String client, String path, String accept, int status, String type) throws Exception {
        Path body = Files.createTempFile(dir, "body", ".out");
        var run = ExternalTool.run(List.of(curl, "-sS", "-o", body.toString(), "-w", "%{http_code} %{content_type}",
                "-H", "Accept: " + accept, http.base() + path), null, 60);
        assertEquals(0, run.exit(), run.err());
        String[] answer = run.out().split(" ", 2);
        assertEquals(status, Integer.parseInt(answer[0]), client + ": " + Files.readString(body));
        String contentType = answer.length > 1 ? answer[1].split(";")[0].trim() : "";
        byte[] bytes = Files.readAllBytes(body);
        if (type == null) {
            String error = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(error.contains("Formatos:"), error);
            assertTrue(error.contains(path.startsWith("/sparql") && path.contains("SELECT") ? "application/sparql-results+json" : "text/turtle"), error);
            return;
        }
        assertEquals(type, contentType, client);
        if (type.equals("text/html")) {
            assertTrue(new String(bytes, StandardCharsets.UTF_8).toLowerCase().contains("<!doctype html"));
            return;
        }
        Lang results = WebContent.contentTypeToLangResultSet(contentType);
        if (path.startsWith("/sparql") && path.contains("SELECT")) {
            ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(bytes), results);
            int n = 0;
            while (rows.hasNext()) {
                rows.next();
                n++;
            }
            assertEquals(2, n, client);
            return;
        }
        Lang lang = RDFLanguages.contentTypeToLang(contentType);
        var dataset = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).base("http://127.0.0.1/").parse(dataset);
        assertTrue(dataset.getDefaultModel().size() > 5, client);
    }
}

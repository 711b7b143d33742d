package dev.explorador.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.TestGraph;
import dev.explorador.export.RdfDump;
import dev.explorador.testing.ExplorerHttp;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Jena's own HTTP clients (QueryExecutionHTTP, RDFConnection) against a real server, in each syntax they read. */
class JenaClientsTest {
    private static final String PREFIXES = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "PREFIX c: <https://explorador-genai.example/concepto/> ";
    private static final String SELECT = PREFIXES + "SELECT ?label WHERE { c:inference-table skos:prefLabel ?label } ORDER BY ?label";
    private static final String ASK = PREFIXES + "ASK { c:pyfunc a skos:Concept }";
    private static final String CONSTRUCT = PREFIXES + "CONSTRUCT { c:inference-table ?p ?o } WHERE { c:inference-table ?p ?o }";
    private static final String DESCRIBE = PREFIXES + "DESCRIBE c:pyfunc";
    private static final String CONCEPT = "https://explorador-genai.example/concepto/";
    private static ExplorerHttp http;
    private static String endpoint;

    @BeforeAll
    static void start() {
        http = ExplorerHttp.start();
        endpoint = http.base() + "/sparql";
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static List<String> labels(QueryExecutionHTTP execution) {
        List<String> labels = new ArrayList<>();
        execution.execSelect().forEachRemaining((QuerySolution row) -> labels.add(row.getLiteral("label").getLexicalForm()));
        return labels;
    }

    enum Send { GET, POST_FORM, POST_QUERY }

    private static QuerySendMode mode(Send send) {
        return switch (send) {
            case GET -> QuerySendMode.asGetAlways;
            case POST_FORM -> QuerySendMode.asPostForm;
            case POST_QUERY -> QuerySendMode.asPost;
        };
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Send.class)
    void queryExecutionHttpWithItsDefaultHeaders(Send send) {
        try (var select = QueryExecutionHTTP.service(endpoint).query(SELECT).sendMode(mode(send)).build()) {
            assertEquals(List.of("Inference table", "Tabla de inferencia"), labels(select));
        }
        try (var ask = QueryExecutionHTTP.service(endpoint).query(ASK).sendMode(mode(send)).build()) {
            assertTrue(ask.execAsk());
        }
        try (var construct = QueryExecutionHTTP.service(endpoint).query(CONSTRUCT).sendMode(mode(send)).build()) {
            Model model = construct.execConstruct();
            assertTrue(model.contains(model.createResource(CONCEPT + "inference-table"), SKOS.prefLabel));
        }
        try (var describe = QueryExecutionHTTP.service(endpoint).query(DESCRIBE).sendMode(mode(send)).build()) {
            Model model = describe.execDescribe();
            assertTrue(model.contains(model.createResource(CONCEPT + "pyfunc"), SKOS.prefLabel));
        }
    }

    @Test
    void queryExecutionHttpInEveryResultsSyntaxItReads() {
        for (Lang lang : List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV,
                ResultSetLang.RS_Thrift)) {
            String type = lang.getHeaderString();
            try (var select = QueryExecutionHTTP.service(endpoint).query(SELECT).acceptHeader(type).build()) {
                assertEquals(List.of("Inference table", "Tabla de inferencia"), labels(select), type);
            }
            // A yes/no answer has no CSV/TSV form in the standard (Jena writes one, as Fuseki does, but its reader refuses it),
            // and none in the binary syntaxes.
            if (!lang.equals(ResultSetLang.RS_JSON) && !lang.equals(ResultSetLang.RS_XML)) continue;
            try (var ask = QueryExecutionHTTP.service(endpoint).query(ASK).acceptHeader(type).build()) {
                assertTrue(ask.execAsk(), type);
            }
        }
    }

    @Test
    void queryExecutionHttpInEveryGraphSyntaxItReads() {
        // Not RDF Protobuf: its library is left out of the jar (RdfRepresentations), so it is not offered.
        for (Lang lang : List.of(Lang.TURTLE, Lang.RDFXML, Lang.NTRIPLES, Lang.JSONLD, Lang.RDFJSON, Lang.TRIX, Lang.RDFTHRIFT,
                Lang.N3)) {
            try (var construct = QueryExecutionHTTP.service(endpoint).query(CONSTRUCT).acceptHeader(lang.getHeaderString()).build()) {
                Model model = construct.execConstruct();
                assertTrue(model.size() > 10, lang.getName());
                assertTrue(model.contains(model.createResource(CONCEPT + "inference-table"), SKOS.definition), lang.getName());
            }
        }
        for (Lang lang : List.of(Lang.TRIG, Lang.NQUADS)) {
            try (var construct = QueryExecutionHTTP.service(endpoint).query(CONSTRUCT).acceptHeader(lang.getHeaderString()).build()) {
                Dataset dataset = construct.execConstructDataset();
                assertTrue(dataset.getDefaultModel().size() > 10, lang.getName());
            }
        }
    }

    @Test
    void rdfConnectionQueriesAndFetchesTheGraphStore() {
        Model expected = RdfDump.model(TestGraph.explorer());
        try (RDFConnection connection = RDFConnectionRemote.service(http.base())
                .queryEndpoint("sparql").gspEndpoint("datos").build()) {
            List<String> labels = new ArrayList<>();
            connection.querySelect(SELECT, row -> labels.add(row.getLiteral("label").getLexicalForm()));
            assertEquals(List.of("Inference table", "Tabla de inferencia"), labels);
            assertTrue(connection.queryAsk(ASK));
            assertFalse(connection.queryAsk(PREFIXES + "ASK { c:pyfunc a skos:Collection }"));
            assertTrue(connection.queryConstruct(CONSTRUCT).size() > 10);
            assertTrue(connection.queryDescribe(DESCRIBE).size() > 5);
            assertTrue(expected.isIsomorphicWith(connection.fetch()), "GET /datos?default is the whole graph");
            assertTrue(expected.isIsomorphicWith(connection.fetchDataset().getDefaultModel()), "GET /datos as a dataset");
        }
    }

    @Test
    void rdfConnectionIsRefusedUpdates() {
        try (RDFConnection connection = RDFConnectionRemote.service(http.base())
                .queryEndpoint("sparql").updateEndpoint("sparql").gspEndpoint("datos").build()) {
            var update = org.junit.jupiter.api.Assertions.assertThrows(org.apache.jena.atlas.web.HttpException.class,
                    () -> connection.update(PREFIXES + "INSERT DATA { c:x a skos:Concept }"));
            assertEquals(403, update.getStatusCode());
            var put = org.junit.jupiter.api.Assertions.assertThrows(org.apache.jena.atlas.web.HttpException.class,
                    () -> connection.put(org.apache.jena.rdf.model.ModelFactory.createDefaultModel()));
            assertEquals(405, put.getStatusCode());
            assertFalse(connection.queryAsk(PREFIXES + "ASK { c:x a skos:Concept }"));
        }
    }
}

package dev.explorador.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.http.ContentNegotiation.Offer;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 9110 §12.5.1 negotiation over the syntaxes Jena writes. */
class ContentNegotiationTest {
    private static String graph(String accept) {
        Offer<Lang> offer = ContentNegotiation.choose(accept, RdfRepresentations.GRAPH);
        return offer == null ? null : offer.type();
    }

    private static String rows(String accept) {
        Offer<Lang> offer = ContentNegotiation.choose(accept, RdfRepresentations.ROWS);
        return offer == null ? null : offer.type();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // rdflib SPARQLStore (returnFormat xml, the default) and SPARQLWrapper's CONSTRUCT default
        "application/sparql-results+xml, application/rdf+xml | application/rdf+xml",
        "application/rdf+xml | application/rdf+xml",
        // Jena's own default for graphs
        "text/turtle,application/n-triples;q=0.9,application/ld+json;q=0.8,application/rdf+xml;q=0.7,*/*;q=0.5 | text/turtle",
        // the most specific range decides a type's weight: RDF/XML gets 0.5 although */* says 0.9
        "application/rdf+xml;q=0.5, */*;q=0.9 | text/turtle",
        "text/turtle;q=0.1, application/rdf+xml;q=0.5, */*;q=0.05 | application/rdf+xml",
        // q=0 rules a type out even under a wildcard that would take it
        "text/turtle;q=0, */* | application/rdf+xml",
        // equal weights: the client's order
        "application/ld+json, text/turtle | application/ld+json",
        // alternative types are answered as asked
        "application/turtle | application/turtle",
        "text/plain | text/plain",
        "application/trig | application/trig",
        "application/n-quads | application/n-quads",
        // parameters: charset=utf-8 is what we send; another charset or an unknown profile does not match
        "text/turtle;charset=UTF-8 | text/turtle",
        "text/turtle;charset=iso-8859-1, application/n-triples;q=0.5 | application/n-triples",
        "'application/ld+json;profile=\"http://example/a,b\", text/turtle;q=0.5' | text/turtle",
        // unreadable ranges are skipped, not fatal
        "text/turtle;q=abc, application/rdf+xml | application/rdf+xml",
        "nonsense, application/n-triples | application/n-triples",
        "* | text/turtle",
        "*/* | text/turtle",
        "text/* | text/turtle",
        "application/* | application/rdf+xml"})
    void graphsFollowTheRfc(String accept, String expected) {
        assertEquals(expected, graph(accept));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "application/sparql-results+xml, application/rdf+xml | application/sparql-results+xml",
        "application/sparql-results+json,application/json,text/javascript,application/javascript | application/sparql-results+json",
        "application/json | application/json",
        "application/xml | application/xml",
        "text/csv | text/csv",
        "text/tab-separated-values | text/tab-separated-values",
        "text/plain | text/plain",
        "application/sparql-results+thrift | application/sparql-results+thrift",
        "*/* | application/sparql-results+json",
        // a browser: XML (0.9) before anything else (0.8)
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | application/xml"})
    void resultsFollowTheRfc(String accept, String expected) {
        assertEquals(expected, rows(accept));
    }

    @Test
    void nothingAcceptableIsNull() {
        assertNull(graph("image/png"));
        assertNull(graph("application/sparql-results+json"));
        assertNull(rows("text/turtle"));
        assertNull(graph("text/turtle;q=0, */*;q=0"));
        assertEquals("text/turtle", graph(null), "no header: the default");
        assertEquals("text/turtle", graph("  "));
    }

    @Test
    void offersAreEveryWriterJenaRegisters() {
        for (Lang lang : RDFLanguages.getRegisteredLanguages()) {
            if (!RDFWriterRegistry.contains(lang) || ResultSetLang.isRegistered(lang)) continue;
            if (lang.equals(RDFLanguages.RDFNULL) || lang.equals(RDFLanguages.SHACLC) || lang.equals(Lang.JSONLD11)) continue;
            if (lang.equals(Lang.RDFPROTO)) { // its library is left out of the jar: not offered, so never a 500
                assertTrue(RdfRepresentations.GRAPH.stream().noneMatch(o -> o.value().equals(lang)), lang.getName());
                continue;
            }
            assertTrue(RdfRepresentations.GRAPH.stream().anyMatch(o -> o.value().equals(lang)), lang.getName());
        }
        for (Lang lang : List.of(Lang.TURTLE, Lang.RDFXML, Lang.NTRIPLES, Lang.JSONLD, Lang.TRIG, Lang.NQUADS, Lang.TRIX, Lang.RDFJSON)) {
            assertTrue(RdfRepresentations.GRAPH.stream().anyMatch(o -> o.value().equals(lang)), lang.getName());
        }
        for (Lang lang : List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV)) {
            assertTrue(RdfRepresentations.ROWS.stream().anyMatch(o -> o.value().equals(lang)), lang.getName());
            assertTrue(RdfRepresentations.BOOLEAN.stream().anyMatch(o -> o.value().equals(lang)), lang.getName());
        }
        assertTrue(RdfRepresentations.BOOLEAN.stream().noneMatch(o -> o.value().equals(ResultSetLang.RS_Thrift)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"xml, application/rdf+xml", "json, application/ld+json", "ttl, text/turtle", "turtle, text/turtle",
        "nt, application/n-triples", "rdfxml, application/rdf+xml", "jsonld, application/ld+json", "trig, application/trig",
        "n-quads, application/n-quads", "nq, application/n-quads", "json-rdf, application/rdf+json", "text, text/turtle",
        "application/rdf+xml, application/rdf+xml", "TTL, text/turtle"})
    void formatNamesAsFusekiAndJenaSpellThem(String name, String type) {
        Offer<Lang> offer = RdfRepresentations.byName(name, RdfRepresentations.GRAPH);
        assertNotNull(offer, name);
        assertEquals(type, offer.type());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"json, application/sparql-results+json", "xml, application/sparql-results+xml",
        "sparql, application/sparql-results+xml", "csv, text/csv", "tsv, text/tab-separated-values", "text, text/plain",
        "srj, application/sparql-results+json", "application/sparql-results+xml, application/sparql-results+xml"})
    void resultFormatNames(String name, String type) {
        assertEquals(type, RdfRepresentations.byName(name, RdfRepresentations.ROWS).type());
    }

    @Test
    void unknownOrMisplacedNamesAreNull() {
        assertNull(RdfRepresentations.byName("xmind", RdfRepresentations.GRAPH));
        assertNull(RdfRepresentations.byName("csv", RdfRepresentations.GRAPH));
        assertNull(RdfRepresentations.byName("ttl", RdfRepresentations.ROWS));
        assertNull(RdfRepresentations.byName("*/*", RdfRepresentations.GRAPH));
    }
}

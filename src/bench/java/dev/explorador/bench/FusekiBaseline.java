package dev.explorador.bench;

import dev.explorador.graph.Vocab;
import dev.explorador.query.RelationType;
import dev.explorador.query.SparqlQueries;
import dev.explorador.store.DetachedRows;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/**
 * The baseline: the same questions asked as plain SPARQL of an Apache Jena Fuseki on 127.0.0.1 holding the
 * same data. Search is a CONTAINS over labels (Fuseki has no accent folding or typo tolerance), related at
 * depth 2 is one property path, and shortest paths and mind maps are level-by-level SPARQL, as a client
 * without the explorer would write them.
 */
final class FusekiBaseline implements AutoCloseable {
    private final FusekiServer server;
    private final String endpoint;
    private final String anyRelation; // (gd:usa|^gd:usa|...) as a SPARQL property path

    FusekiBaseline(Model data, Collection<RelationType> relations) {
        var dataset = DatasetFactory.createTxnMem();
        dataset.getDefaultModel().add(data);
        server = FusekiServer.create().loopback(true).port(0).add("/bench", dataset).build().start();
        endpoint = "http://127.0.0.1:" + server.getPort() + "/bench/sparql";
        anyRelation = relations.stream().map(r -> "<" + r.iri() + ">|^<" + r.iri() + ">").collect(Collectors.joining("|", "(", ")"));
    }

    private int count(Query query) {
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
            return DetachedRows.read(qe.execSelect(), Long.MAX_VALUE).size();
        }
    }

    int search(String text) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString("""
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT DISTINCT ?c WHERE {
                  ?c a skos:Concept . { ?c skos:prefLabel ?l } UNION { ?c skos:altLabel ?l }
                  FILTER (CONTAINS(LCASE(STR(?l)), ?term))
                } LIMIT 10""");
        pss.setLiteral("term", text.toLowerCase(Locale.ROOT));
        return count(pss.asQuery());
    }

    int card(String iri) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString("SELECT ?p ?o WHERE { ?concept ?p ?o }");
        pss.setIri("concept", iri);
        return count(pss.asQuery()) + related1(iri);
    }

    int related1(String iri) {
        return count(SparqlQueries.withValues("neighbours", "from", List.of(iri)));
    }

    int related2(String iri) {
        return count(QueryFactory.create("SELECT DISTINCT ?o WHERE { <" + iri + "> " + anyRelation + "/" + anyRelation
                + " ?o . FILTER (?o != <" + iri + ">) }"));
    }

    /** Breadth-first, one SPARQL query per level, until the target shows up or the hops run out. */
    int path(String from, String to, int maxHops) {
        Set<String> seen = new HashSet<>(Set.of(from));
        List<String> frontier = List.of(from);
        for (int hop = 1; hop <= maxHops && !frontier.isEmpty(); hop++) {
            Set<String> next = new HashSet<>();
            Query query = SparqlQueries.withValues("neighbours", "from", frontier);
            try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
                var rows = DetachedRows.read(qe.execSelect(), Long.MAX_VALUE);
                while (rows.hasNext()) {
                    String other = rows.next().getResource("other").getURI();
                    if (other.equals(to)) return hop;
                    if (seen.add(other)) next.add(other);
                }
            }
            frontier = List.copyOf(next);
        }
        return -1;
    }

    int mindMap(String root, int depth) {
        Set<String> placed = new HashSet<>(Set.of(root));
        Deque<String> level = new ArrayDeque<>(List.of(root));
        for (int d = 1; d <= depth && !level.isEmpty(); d++) {
            Query query = SparqlQueries.withValues("neighbours", "from", List.copyOf(level));
            level.clear();
            try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
                var rows = DetachedRows.read(qe.execSelect(), Long.MAX_VALUE);
                while (rows.hasNext()) {
                    String other = rows.next().getResource("other").getURI();
                    if (placed.add(other)) level.add(other);
                }
            }
        }
        return placed.size();
    }

    String endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        server.stop();
    }

    static String slugToIri(String slug) {
        return Vocab.conceptIri(slug);
    }
}

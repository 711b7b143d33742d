package dev.explorador.bench;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * The baseline: an Apache Jena Fuseki on 127.0.0.1 with the same data in memory, set up the way a careful
 * deployment would be: its request log off (the bench runs with SLF4J at WARN) and the labels in a Jena text
 * (Lucene) index, folded to lower case without accents, so a search is an index lookup, not a scan.
 */
final class FusekiBaseline implements AutoCloseable {
    static final String TEXT_FIELD = "etiqueta";

    private final FusekiServer server;
    private final String base;
    private final double loadSeconds;

    FusekiBaseline(Model data) {
        long start = System.nanoTime();
        EntityDefinition labels = new EntityDefinition("uri", TEXT_FIELD, SKOS.prefLabel);
        labels.set(TEXT_FIELD, SKOS.altLabel.asNode());
        TextIndexConfig config = new TextIndexConfig(labels);
        config.setAnalyzer(new FoldingAnalyzer());
        config.setQueryAnalyzer(new FoldingAnalyzer());
        Dataset dataset = TextDatasetFactory.createLucene(DatasetFactory.createTxnMem(),
                new org.apache.lucene.store.ByteBuffersDirectory(), config);
        Txn.executeWrite(dataset, () -> dataset.getDefaultModel().add(data)); // indexes as it loads
        server = FusekiServer.create().loopback(true).port(0).verbose(false).add("/bench", dataset).build().start();
        base = "http://127.0.0.1:" + server.getPort();
        loadSeconds = (System.nanoTime() - start) / 1e9;
    }

    /** "http://127.0.0.1:PORT" */
    String base() {
        return base;
    }

    /** The path of the SPARQL query service. */
    String sparqlPath() {
        return "/bench/sparql";
    }

    double loadSeconds() {
        return loadSeconds;
    }

    /**
     * The search a client of this Fuseki would send for what a person typed: every word as a prefix or within
     * one edit (Lucene's fuzzy match), all words required, the ten best concepts with their Spanish label.
     */
    static String searchQuery(String typed) {
        String lucene = Stream.of(typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .map(QueryParserBase::escape)
                .map(w -> "(" + w + "* OR " + w + "~1)")
                .collect(Collectors.joining(" AND "));
        return "PREFIX text: <http://jena.apache.org/text#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "SELECT ?c ?label WHERE { (?c ?score) text:query (\"" + lucene.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\" 10) . OPTIONAL { ?c skos:prefLabel ?label FILTER (lang(?label) = \"es\") } } ORDER BY DESC(?score)";
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Standard tokens, lower case, accents folded: "Índice" and "indice" are the same word. */
    private static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}

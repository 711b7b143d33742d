package dev.explorador.export;

import dev.explorador.graph.Vocab;
import dev.explorador.error.BadRequestException;
import dev.explorador.query.Explorer;
import dev.explorador.query.SparqlQueries;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * The whole graph (vocabulary, shapes, outline, exam, concepts, questions) in a standard RDF syntax, read
 * through the store, so it works the same for memory, TDB2 and a remote endpoint.
 */
public final class RdfDump {
    /** A dump may be much larger than a question: give it more time than the explorer's default. */
    static final long TIMEOUT_MILLIS = 60_000;

    public enum Format {
        ttl(RDFFormat.TURTLE_PRETTY, "text/turtle; charset=utf-8", "ttl"),
        jsonld(RDFFormat.JSONLD11_PRETTY, "application/ld+json", "jsonld"),
        nt(RDFFormat.NTRIPLES, "application/n-triples", "nt"),
        rdfxml(RDFFormat.RDFXML_PLAIN, "application/rdf+xml", "rdf");

        private final RDFFormat syntax;
        private final String contentType;
        private final String extension;

        Format(RDFFormat syntax, String contentType, String extension) {
            this.syntax = syntax;
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }

        public static Format parse(String name) {
            if (name != null && name.trim().toLowerCase(Locale.ROOT).matches("turtle")) return ttl;
            return MindMapFormat.Formats.parse(Format.class, name, "RDF");
        }
    }

    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("gd", Vocab.GD), Map.entry("c", Vocab.CONCEPT), Map.entry("t", Vocab.COURSE),
            Map.entry("ex", Vocab.EXAM), Map.entry("q", Vocab.QUESTION), Map.entry("fs", Vocab.BASE + "formas#"),
            Map.entry("skos", Vocab.SKOS), Map.entry("dcterms", "http://purl.org/dc/terms/"),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"), Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("owl", "http://www.w3.org/2002/07/owl#"), Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            Map.entry("sh", "http://www.w3.org/ns/shacl#"));

    private RdfDump() {}

    public static Model model(Explorer explorer) {
        Model model = explorer.store().read(SparqlQueries.get("export-graph"), TIMEOUT_MILLIS, execution -> execution.execConstruct());
        model.setNsPrefixes(PREFIXES);
        return model;
    }

    public static byte[] render(Explorer explorer, Format format) {
        if (format == null) throw new BadRequestException("Falta el formato RDF (ttl, jsonld, nt, rdfxml)");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model(explorer), format.syntax);
        return out.toByteArray();
    }
}

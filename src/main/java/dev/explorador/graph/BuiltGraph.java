package dev.explorador.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;

/**
 * The bundled graph compiled when the jar is built: the union and the shapes in RDF Thrift, Jena's binary format,
 * which reads several times faster than Turtle. A start on the bundled, unchanged files (same bytes, same build:
 * {@link ValidationCache#isBuildGraph}) reads these instead of parsing the Turtle; any edit falls back to parsing.
 */
public final class BuiltGraph {
    /** Where the build's products live in the classes (and the jar). */
    public static final String FOLDER = "grafo-construido";
    private static final String UNION = "grafo.rt";
    private static final String SHAPES = "formas.rt";

    private BuiltGraph() {}

    /** Writes the compiled copy of a graph that passed its contract into {@code classes/grafo-construido/}. */
    public static void write(LoadedOntology ontology, Path classes) throws IOException {
        Path folder = Files.createDirectories(classes.resolve(FOLDER));
        try (OutputStream out = Files.newOutputStream(folder.resolve(UNION))) {
            RDFDataMgr.write(out, ontology.model(), Lang.RDFTHRIFT);
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve(SHAPES))) {
            RDFDataMgr.write(out, ontology.shapes(), Lang.RDFTHRIFT);
        }
    }

    /** The compiled copy, when the folder holds exactly the files the jar was built from; empty otherwise. */
    public static Optional<LoadedOntology> load(Path ontologyFolder, ValidationCache cache) {
        List<Path> files = OntologyLoader.rdfFiles(ontologyFolder);
        if (!cache.isBuildGraph(files)) return Optional.empty();
        Model union = read(UNION);
        Model shapes = read(SHAPES);
        if (union == null || shapes == null) return Optional.empty();
        // No subject-to-file map: it only names files in contract errors, and this graph passed its contract.
        return Optional.of(new LoadedOntology(union, shapes, files, Map.of(), true));
    }

    private static Model read(String name) {
        try (InputStream in = BuiltGraph.class.getResourceAsStream("/" + FOLDER + "/" + name)) {
            if (in == null) return null;
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.RDFTHRIFT).parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

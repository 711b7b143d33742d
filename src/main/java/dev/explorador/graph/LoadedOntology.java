package dev.explorador.graph;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;

/**
 * Everything read from the ontology folder: the union graph, the SHACL shapes (also part of the union),
 * the files read and, for each subject, the file that first described it (so errors can name the file).
 * {@code asBuilt}: the files are the bundled graph exactly as the jar was built from, and the model was read from
 * the build's compiled copy ({@link BuiltGraph}), so the build's other products (the text index) fit it too.
 */
public record LoadedOntology(Model model, Model shapes, List<Path> files, Map<String, Path> fileOfSubject, boolean asBuilt) {
    /** A graph read from its files now. */
    public LoadedOntology(Model model, Model shapes, List<Path> files, Map<String, Path> fileOfSubject) {
        this(model, shapes, files, fileOfSubject, false);
    }

    public Path fileOf(String subjectIri) {
        return fileOfSubject.get(subjectIri);
    }
}

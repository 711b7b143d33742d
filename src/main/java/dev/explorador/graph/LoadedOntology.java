package dev.explorador.graph;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;

/**
 * Everything read from the ontology folder: the union graph, the SHACL shapes (also part of the union),
 * the files read and, for each subject, the file that first described it (so errors can name the file).
 * {@code asBuilt}: the files are, byte for byte, the bundled graph the jar was built from, so what the build made
 * from it (its validation, its full-text index) fits it.
 */
public record LoadedOntology(Model model, Model shapes, List<Path> files, Map<String, Path> fileOfSubject, boolean asBuilt) {
    /** A graph read from its files now. */
    public LoadedOntology(Model model, Model shapes, List<Path> files, Map<String, Path> fileOfSubject) {
        this(model, shapes, files, fileOfSubject, false);
    }

    /** The same graph, known to be the one the jar was built from. */
    public LoadedOntology markedAsBuilt() {
        return new LoadedOntology(model, shapes, files, fileOfSubject, true);
    }

    public Path fileOf(String subjectIri) {
        return fileOfSubject.get(subjectIri);
    }
}

package dev.explorador.graph;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;

/**
 * Everything read from the ontology folder: the union graph, the SHACL shapes (also part of the union),
 * the files read and, for each subject, the file that first described it (so errors can name the file).
 */
public record LoadedOntology(Model model, Model shapes, List<Path> files, Map<String, Path> fileOfSubject) {
    public Path fileOf(String subjectIri) {
        return fileOfSubject.get(subjectIri);
    }
}

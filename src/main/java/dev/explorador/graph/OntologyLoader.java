package dev.explorador.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;

/** Reads every RDF file under the ontology folder, in a stable order, into one model. */
public final class OntologyLoader {
    /** The file holding the SHACL shapes of the knowledge contract. */
    public static final String SHAPES_FILE = "formas.ttl";

    public LoadedOntology load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new GraphLoadException("No existe la carpeta de la ontología: " + folder.toAbsolutePath());
        }
        List<Path> files = rdfFiles(folder);
        if (files.isEmpty()) {
            throw new GraphLoadException("La carpeta " + folder + " no tiene archivos RDF (.ttl, .nt, .jsonld, .rdf)");
        }
        Model union = ModelFactory.createDefaultModel();
        Model shapes = ModelFactory.createDefaultModel();
        Map<String, Path> fileOfSubject = new HashMap<>();
        for (Path file : files) {
            Model part = parse(file);
            part.listSubjects().forEach(s -> rememberFile(s, file, fileOfSubject));
            union.add(part);
            union.setNsPrefixes(part.getNsPrefixMap());
            if (file.getFileName().toString().equals(SHAPES_FILE)) shapes.add(part);
        }
        if (shapes.isEmpty()) {
            throw new GraphLoadException("Falta " + SHAPES_FILE + " (las formas SHACL del contrato) en " + folder);
        }
        return new LoadedOntology(union, shapes, files, Map.copyOf(fileOfSubject));
    }

    private static void rememberFile(Resource subject, Path file, Map<String, Path> fileOfSubject) {
        if (subject.isURIResource()) fileOfSubject.putIfAbsent(subject.getURI(), file);
    }

    /**
     * Parses one file; the first error stops it and names the file, line and column. The bytes must be valid
     * UTF-8 (a file saved as Latin-1 would otherwise load with every accent turned into U+FFFD), and every
     * literal must match its datatype ("uno"^^xsd:integer would pass here and break the server later).
     */
    public static Model parse(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.toString(), Lang.TURTLE);
        String text = Utf8Text.read(file);
        Model model = ModelFactory.createDefaultModel();
        FirstErrorHandler errors = new FirstErrorHandler(file);
        try {
            RDFParser.fromString(text, lang).base(file.toUri().toString()).errorHandler(errors).parse(model);
        } catch (RiotException e) {
            if (errors.first != null) throw new GraphLoadException(errors.first);
            throw new GraphLoadException(new SyntaxError(file, -1, -1, e.getMessage()));
        }
        return model;
    }

    /** The RDF files of a folder and its subfolders, in a fixed order (the order they are read and fingerprinted in). */
    public static List<Path> rdfFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new GraphLoadException("No existe la carpeta de la ontología: " + folder.toAbsolutePath());
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> isRdf(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new GraphLoadException("No se pudo leer la carpeta " + folder + ": " + e.getMessage());
        }
    }

    private static boolean isRdf(String name) {
        return name.endsWith(".ttl") || name.endsWith(".nt") || name.endsWith(".jsonld") || name.endsWith(".rdf");
    }

    /** Keeps the first error (with its position) and makes every error fatal. */
    private static final class FirstErrorHandler implements ErrorHandler {
        private final Path file;
        private SyntaxError first;

        FirstErrorHandler(Path file) {
            this.file = file;
        }

        @Override
        public void warning(String message, long line, long col) {
            // A literal that does not match its datatype is an error here; other warnings (odd but legal IRIs)
            // do not stop the load.
            if (message != null && message.contains("Lexical form")) {
                fatal("literal que no cumple su tipo de dato (" + message + ")", line, col);
            }
        }

        @Override
        public void error(String message, long line, long col) {
            fatal(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            if (first == null) first = new SyntaxError(file, line, col, ParserMessages.inSpanish(message));
            throw new RiotException(message);
        }
    }
}

package dev.explorador.graph;

import java.nio.file.Path;

/** A file under the ontology folder that is not valid RDF: where, and what the parser said. */
public record SyntaxError(Path file, long line, long column, String message) {
    public String describe() {
        return "%s, línea %d, columna %d: %s".formatted(file, line, column, message);
    }
}

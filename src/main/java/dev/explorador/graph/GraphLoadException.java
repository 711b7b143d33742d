package dev.explorador.graph;

import dev.explorador.error.SetupException;

/** The ontology could not be read: a missing folder, or a file with a syntax error. */
public class GraphLoadException extends SetupException {
    private final transient SyntaxError syntaxError;

    public GraphLoadException(String message) {
        super(message);
        this.syntaxError = null;
    }

    public GraphLoadException(SyntaxError error) {
        super("Error de sintaxis en " + error.describe());
        this.syntaxError = error;
    }

    /** The syntax error behind this failure, or null when the problem was not a parse error. */
    public SyntaxError syntaxError() {
        return syntaxError;
    }
}

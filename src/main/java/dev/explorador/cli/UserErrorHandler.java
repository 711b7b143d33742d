package dev.explorador.cli;

import dev.explorador.graph.GraphLoadException;
import dev.explorador.query.UnknownConceptException;
import dev.explorador.store.InvalidGraphException;
import picocli.CommandLine;

/** Turns the errors a user can cause into a clear message and exit code 2, without a stack trace. */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
        var err = line.getErr();
        if (e instanceof InvalidGraphException invalid) {
            err.print(invalid.report().describe());
        } else if (e instanceof GraphLoadException || e instanceof UnknownConceptException
                || e instanceof IllegalArgumentException) {
            err.println(e.getMessage());
        } else if (e.getClass().getSimpleName().equals("JavalinBindException")) {
            err.println("No se pudo abrir el puerto: ya lo usa otro programa. Elige otro con --port. (" + e.getMessage() + ")");
        } else {
            err.println("Error inesperado: " + e);
            return 1;
        }
        err.flush();
        return 2;
    }
}

package dev.explorador.cli;

import dev.explorador.graph.GraphLoadException;
import dev.explorador.query.UnknownConceptException;
import dev.explorador.store.InvalidGraphException;
import dev.explorador.store.StoreOpenException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/** Turns the errors a user can cause into a clear message and exit code 2, without a stack trace. */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
        var err = line.getErr();
        if (e instanceof InvalidGraphException invalid) {
            err.print(invalid.report().describe());
        } else if (e instanceof GraphLoadException || e instanceof UnknownConceptException
                || e instanceof StoreOpenException || e instanceof IllegalArgumentException) {
            err.println(e.getMessage());
        } else if (e instanceof NoSuchFileException missing) {
            err.println("No existe el archivo " + missing.getFile());
        } else if (e instanceof AccessDeniedException denied) {
            err.println("No hay permiso para leer " + denied.getFile());
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

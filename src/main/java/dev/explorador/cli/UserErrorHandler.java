package dev.explorador.cli;

import dev.explorador.error.UserError;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * The one place the command line turns a failure into words and an exit code: a {@link UserError} prints its Spanish
 * message and returns its exit code (2); a file the user named that cannot be used is one too. Anything else is a
 * bug: «Error inesperado» with the stack trace on standard error, and exit code 1.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final int BUG_EXIT_CODE = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
        var err = line.getErr();
        try {
            if (e instanceof UserError user) {
                err.println(user.getMessage().stripTrailing());
                return user.exitCode();
            }
            if (e instanceof FileSystemException file) {
                err.println(describe(file));
                return UserError.EXIT_CODE;
            }
            err.println("Error inesperado (un fallo del explorador, no de lo que escribiste): " + e);
            e.printStackTrace(err);
            return BUG_EXIT_CODE;
        } finally {
            err.flush();
        }
    }

    private static String describe(FileSystemException e) {
        if (e instanceof NoSuchFileException) return "No existe el archivo o la carpeta " + e.getFile();
        if (e instanceof AccessDeniedException) return "No hay permiso para leer o escribir " + e.getFile();
        return "No se pudo usar " + e.getFile() + (e.getReason() != null ? ": " + e.getReason() : "");
    }
}

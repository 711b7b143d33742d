package dev.explorador.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Checks the folder named by {@code --store tdb2:CARPETA} before TDB2 writes into it: TDB2 happily creates a
 * database in any folder, so an empty path, the working directory or a folder of the project (whose files the
 * server may serve) would receive database files. Only a missing folder, an empty one, or a TDB2 database is used.
 */
final class Tdb2Folder {
    private static final String[] PROJECT_FOLDERS = {"web", "ontology", "src", "docs", "target", ".git"};

    private Tdb2Folder() {}

    static Path check(String spec, Path ontologyFolder) {
        if (spec.isBlank()) {
            throw new StoreOpenException("--store tdb2: necesita una carpeta, por ejemplo --store tdb2:datos/curso-tdb2");
        }
        Path folder = Path.of(spec).toAbsolutePath().normalize();
        Path workingDir = Path.of("").toAbsolutePath().normalize();
        if (folder.equals(workingDir) || workingDir.startsWith(folder)) {
            throw new StoreOpenException("--store tdb2:" + spec + " es la carpeta de trabajo (o la contiene): "
                    + "elige una subcarpeta nueva, por ejemplo tdb2:datos/curso-tdb2");
        }
        for (String name : PROJECT_FOLDERS) {
            Path projectFolder = workingDir.resolve(name);
            if (folder.startsWith(projectFolder)) refuseProjectFolder(spec, name);
        }
        if (ontologyFolder != null && folder.startsWith(ontologyFolder.toAbsolutePath().normalize())) {
            refuseProjectFolder(spec, ontologyFolder.toString());
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StoreOpenException("--store tdb2:" + spec + " es un archivo, no una carpeta");
        }
        if (Files.isDirectory(folder) && !isEmpty(folder) && !isDatabase(folder)) {
            throw new StoreOpenException("La carpeta " + spec + " no está vacía y no es una base TDB2: no se escribe "
                    + "en ella. Usa una carpeta nueva o vacía.");
        }
        return folder;
    }

    private static void refuseProjectFolder(String spec, String name) {
        throw new StoreOpenException("--store tdb2:" + spec + " está dentro de la carpeta «" + name + "» del proyecto: "
                + "elige una carpeta propia para la base, por ejemplo tdb2:datos/curso-tdb2");
    }

    /** A TDB2 database folder holds its lock file and one or more {@code Data-NNNN} generations. */
    static boolean isDatabase(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString())
                    .anyMatch(n -> n.equals("tdb.lock") || n.toLowerCase(Locale.ROOT).startsWith("data-"));
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isEmpty(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new StoreOpenException("No se puede leer la carpeta TDB2 " + folder + ": " + e.getMessage());
        }
    }
}

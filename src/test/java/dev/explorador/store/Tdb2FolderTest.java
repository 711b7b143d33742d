package dev.explorador.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --store tdb2:} never writes a database where it does not belong, and says why in Spanish. */
class Tdb2FolderTest {
    @TempDir Path temp;
    private final StoreFactory factory = new StoreFactory(Path.of("ontology"));

    @Test
    void anEmptyPathIsRefused() {
        var e = assertThrows(StoreOpenException.class, () -> factory.open("tdb2:"));
        assertTrue(e.getMessage().contains("necesita una carpeta"), e.getMessage());
    }

    @Test
    void theWorkingDirectoryAndTheProjectFoldersAreRefused() throws IOException {
        long before = countFiles(Path.of("web"));
        for (String spec : new String[] {"tdb2:.", "tdb2:web", "tdb2:web/base", "tdb2:docs", "tdb2:ontology/x"}) {
            var e = assertThrows(StoreOpenException.class, () -> factory.open(spec), spec);
            assertTrue(e.getMessage().contains("carpeta"), e.getMessage());
        }
        assertEquals(before, countFiles(Path.of("web")), "nothing was written into web/");
        assertTrue(Files.notExists(Path.of("tdb.lock")) && Files.notExists(Path.of("Data-0001")));
    }

    @Test
    void aNonEmptyFolderThatIsNotADatabaseIsRefused() throws IOException {
        Path notes = Files.createDirectories(temp.resolve("notas"));
        Files.writeString(notes.resolve("leeme.txt"), "mis notas");
        var e = assertThrows(StoreOpenException.class, () -> factory.open("tdb2:" + notes));
        assertTrue(e.getMessage().contains("no es una base TDB2"), e.getMessage());
        try (var files = Files.list(notes)) {
            assertEquals(1, files.count(), "the folder is left as it was");
        }
    }

    private static long countFiles(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            return walk.count();
        }
    }
}

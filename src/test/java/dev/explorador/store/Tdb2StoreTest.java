package dev.explorador.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.explorador.query.Explorer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TDB2: loaded from the ontology once, then reopened as it is. */
class Tdb2StoreTest {
    @Test
    void theDatabaseIsLoadedOnceAndReopenedWithoutTheOntology(@TempDir Path folder) throws Exception {
        Path db = folder.resolve("db");
        long concepts;
        try (Explorer first = new Explorer(new StoreFactory(Path.of("ontology")).open("tdb2:" + db))) {
            concepts = first.snapshot().concepts().size();
        }
        // A second open needs no ontology at all: the folder named here does not exist.
        try (Explorer again = new Explorer(new StoreFactory(folder.resolve("sin-ontologia")).open("tdb2:" + db))) {
            assertEquals(concepts, again.snapshot().concepts().size());
        }
        assertEquals(true, Files.isDirectory(db));
    }

    @Test
    void anUnknownStoreIsAClearError() {
        var factory = new StoreFactory(Path.of("ontology"));
        assertThrows(StoreOpenException.class, () -> factory.open("mysql:x"));
        assertThrows(StoreOpenException.class, () -> factory.open("sparql:ftp://x"));
    }
}

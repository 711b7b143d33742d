package dev.explorador.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.store.StoreFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Skipping validation on an unchanged graph must never let an edited, broken graph through. */
class ValidationCacheTest {
    @TempDir Path ontology;
    @TempDir Path cacheFolder;

    @Test
    void anEditAfterASuccessfulStartIsValidatedAgain() throws IOException {
        for (String file : List.of("vocabulario.ttl", "formas.ttl", "temario.ttl", "examen.ttl")) {
            Files.copy(Path.of("ontology", file), ontology.resolve(file));
        }
        ValidationCache cache = new ValidationCache(cacheFolder);
        StoreFactory factory = new StoreFactory(ontology, cache);
        LoadedOntology valid = factory.loadValid();
        assertTrue(cache.knownValid(valid), "a valid graph is remembered");

        Files.writeString(ontology.resolve("roto.ttl"), """
                @prefix c: <https://explorador-genai.example/concepto/> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                c:roto a skos:Concept .
                """);
        assertFalse(cache.knownValid(new OntologyLoader().load(ontology)));
        assertThrows(InvalidGraphException.class, factory::loadValid, "the edited graph is checked, and refused");
    }

    @Test
    void theBundledGraphValidatedAtBuildTimeIsKnownWithoutAnyMarker() throws IOException {
        ValidationCache empty = new ValidationCache(cacheFolder);
        assertTrue(empty.knownValid(new OntologyLoader().load(Path.of("ontology"))), "the build stored the bundled graph's key");
        try (var markers = Files.list(cacheFolder)) {
            assertEquals(0, markers.count(), "nothing was written to know it");
        }
    }

    @Test
    void theUserCacheIsInTheUsersOwnFolderNotTheSharedTempFolder() {
        Path folder = ValidationCache.forUser().folder();
        assertFalse(folder.startsWith(Path.of(System.getProperty("java.io.tmpdir"))), folder.toString());
        assertTrue(folder.endsWith(Path.of("explorador-genai", "validado")), folder.toString());
    }
}

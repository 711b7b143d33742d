package dev.explorador.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.graph.LoadedOntology;
import dev.explorador.graph.OntologyLoader;
import dev.explorador.store.DatasetStore;
import dev.explorador.store.KnowledgeStore;
import dev.explorador.store.StoreFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;

/**
 * The snapshot a start builds from the answers the build recorded is the one the store's queries give now,
 * down to the order of concepts and links; and it is used only for the graph the jar was built from.
 */
class SnapshotOfTheBuildTest {
    private static final Path ONTOLOGY = Path.of("ontology");

    @Test
    void theRecordedSnapshotIsTheQueriedOne() {
        LoadedOntology ontology = new OntologyLoader().load(ONTOLOGY);
        Dataset dataset = DatasetFactory.wrap(ontology.model());
        GraphSnapshot queried = GraphSnapshot.load(new QueryRunner(new DatasetStore(dataset, "prueba", dataset::close), 60_000));
        GraphSnapshot recorded = GraphSnapshot.ofBuiltGraph().orElseThrow(() -> new AssertionError("the build recorded no answers"));

        assertEquals(669, queried.concepts().size(), "the whole course graph");
        assertEquals(List.copyOf(queried.concepts()), List.copyOf(recorded.concepts()), "concepts, in order");
        for (ConceptRef concept : queried.concepts()) {
            assertEquals(queried.names(concept.iri()), recorded.names(concept.iri()), concept.slug());
            assertEquals(queried.topic(concept.iri()), recorded.topic(concept.iri()), concept.slug());
            assertEquals(queried.steps(concept.iri()), recorded.steps(concept.iri()), concept.slug());
        }
        assertEquals(List.copyOf(queried.relations()), List.copyOf(recorded.relations()));
        assertEquals(queried.edges(), recorded.edges());
        assertEquals(questions(queried, ontology), questions(recorded, ontology), "the card each question opens");
        assertFalse(questions(queried, ontology).isEmpty());
    }

    @Test
    void theBundledGraphSearchesBeforeItIsReadAndQueriesOnceItIs() {
        try (KnowledgeStore bundled = new StoreFactory(ONTOLOGY).open("mem")) {
            assertTrue(bundled.holdsTheBuiltGraph(), "the bundled files, byte for byte");
            Explorer explorer = new Explorer(bundled);
            assertEquals("inference-table", explorer.search("tabla de inferencia", 3).get(0).concept().slug());
            assertEquals("pyfunc", explorer.card("pyfunc").concept().slug(), "a query waits for the graph, then answers");
        }
    }

    private static Map<String, String> questions(GraphSnapshot snapshot, LoadedOntology ontology) {
        Map<String, String> opened = new TreeMap<>();
        ontology.model().listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(dev.explorador.graph.Vocab.QUESTION)) {
                String concept = snapshot.conceptOfQuestion(s.getURI());
                if (concept != null) opened.put(s.getURI(), concept);
            }
        });
        return opened;
    }
}

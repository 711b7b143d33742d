package dev.explorador;

import dev.explorador.query.Explorer;
import dev.explorador.store.StoreFactory;
import java.nio.file.Path;

/** The real course graph, loaded and validated once per test JVM and shared by the tests that only read it. */
public final class TestGraph {
    public static final Path ONTOLOGY = Path.of("ontology");
    private static Explorer explorer;

    private TestGraph() {}

    public static synchronized Explorer explorer() {
        if (explorer == null) explorer = new Explorer(new StoreFactory(ONTOLOGY).open("mem"));
        return explorer;
    }
}

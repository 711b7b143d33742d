package dev.explorador;

import dev.explorador.query.Explorer;
import dev.explorador.store.StoreFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The real course graph with the story and comparison fixture of src/test/resources/fixture in place of
 * ontology/historias.ttl and ontology/comparaciones.ttl: the summary's code is tested on a known, small set
 * of stories and groups, whether or not the real ones are there yet.
 */
public final class FixtureGraph {
    /** The content files the fixture stands in for (left out of the copy when present). */
    private static final Set<String> REPLACED = Set.of("historias.ttl", "historias-certificacion.ttl", "comparaciones.ttl");
    public static final Path FIXTURE = Path.of("src/test/resources/fixture/historias-y-comparaciones.ttl");
    private static Explorer explorer;

    private FixtureGraph() {}

    public static synchronized Explorer explorer() {
        if (explorer == null) explorer = new Explorer(new StoreFactory(folder()).open("mem"));
        return explorer;
    }

    private static Path folder() {
        try {
            Path folder = Files.createTempDirectory("explorador-fixture");
            try (Stream<Path> files = Files.walk(TestGraph.ONTOLOGY)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    if (REPLACED.contains(p.getFileName().toString())) continue;
                    Path target = folder.resolve(TestGraph.ONTOLOGY.relativize(p).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
            Files.copy(FIXTURE, folder.resolve("fixture-historias-y-comparaciones.ttl"));
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

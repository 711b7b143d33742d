package dev.explorador.query;

import dev.explorador.graph.OntologyLoader;
import dev.explorador.store.StoreFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;

/**
 * The three stores the explorer can run on, each holding the real course graph:
 * memory, a TDB2 folder, and an Apache Jena Fuseki started here on 127.0.0.1 (a remote SPARQL endpoint).
 */
final class StoreFixtures implements AutoCloseable {
    private final Map<String, Explorer> explorers = new LinkedHashMap<>();
    private final FusekiServer fuseki;
    private final Path tdbFolder;

    StoreFixtures() throws Exception {
        Path ontology = Path.of("ontology");
        StoreFactory factory = new StoreFactory(ontology);
        explorers.put("memoria", new Explorer(factory.open("mem")));

        tdbFolder = Files.createTempDirectory("explorador-tdb2-");
        explorers.put("tdb2", new Explorer(factory.open("tdb2:" + tdbFolder)));

        Dataset remote = DatasetFactory.createTxnMem();
        remote.getDefaultModel().add(new OntologyLoader().load(ontology).model());
        fuseki = FusekiServer.create().loopback(true).port(0).add("/curso", remote).build().start();
        explorers.put("fuseki", new Explorer(factory.open("sparql:http://127.0.0.1:" + fuseki.getPort() + "/curso/sparql")));
    }

    Map<String, Explorer> explorers() {
        return explorers;
    }

    @Override
    public void close() throws Exception {
        for (Explorer e : explorers.values()) e.close();
        fuseki.stop();
        try (var walk = Files.walk(tdbFolder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

package dev.explorador.cli;

import dev.explorador.graph.BundledFolder;
import dev.explorador.store.KnowledgeStore;
import dev.explorador.store.StoreFactory;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by every verb that reads the graph: where the ontology is and which store to use. */
public final class GraphOptions {
    @Option(names = {"--ontologia", "--ontology"}, paramLabel = "CARPETA",
            description = "Carpeta con la ontología (por defecto ./ontology o la copia dentro del jar).")
    String ontology;

    @Option(names = "--store", paramLabel = "ALMACEN", defaultValue = "mem",
            description = "mem (por defecto), tdb2:CARPETA o sparql:URL.")
    String store;

    public Path ontologyFolder() {
        return BundledFolder.resolve(ontology, "ontology");
    }

    /** The default: the in-memory store of the ontology found by default (./ontology or the jar's). */
    boolean usesBundledGraphInMemory() {
        return ontology == null && (store == null || store.equals("mem"));
    }

    public KnowledgeStore openStore() {
        return new StoreFactory(ontologyFolder()).open(store);
    }
}

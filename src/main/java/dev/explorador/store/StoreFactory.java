package dev.explorador.store;

import dev.explorador.graph.ContractValidator;
import dev.explorador.graph.InvalidGraphException;
import dev.explorador.graph.LoadedOntology;
import dev.explorador.graph.OntologyLoader;
import dev.explorador.graph.ValidationCache;
import dev.explorador.graph.ValidationReport;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Opens the store named by a {@code --store} option:
 * {@code mem} (default: the ontology folder, loaded and validated into memory),
 * {@code tdb2:DIR} (a TDB2 database, loaded from the ontology the first time, reopened as it is after),
 * {@code sparql:URL} (a remote SPARQL 1.1 endpoint).
 */
public final class StoreFactory {
    /** Printed on standard error when a TDB2 database starts being built. */
    public static final String BUILDING_MESSAGE = "Creando la base TDB2 en ";
    /** The sibling folder a TDB2 database is built in, before it is renamed into place. */
    public static final String BUILDING_SUFFIX = ".en-construccion-";

    private final Path ontologyFolder;
    private final ValidationCache cache;

    public StoreFactory(Path ontologyFolder) {
        this(ontologyFolder, ValidationCache.forUser());
    }

    public StoreFactory(Path ontologyFolder, ValidationCache cache) {
        this.ontologyFolder = ontologyFolder;
        this.cache = cache;
    }

    public KnowledgeStore open(String spec) {
        if (spec == null || spec.isBlank() || spec.equals("mem")) return memory();
        if (spec.startsWith("tdb2:")) return tdb2(Tdb2Folder.check(spec.substring(5), ontologyFolder));
        if (spec.startsWith("sparql:")) {
            String url = spec.substring(7);
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw new StoreOpenException("--store sparql: necesita una URL http(s), por ejemplo sparql:http://127.0.0.1:3030/curso/sparql");
            }
            return RemoteStore.connect(url);
        }
        throw new StoreOpenException("Almacén desconocido «" + spec + "»: usa mem, tdb2:CARPETA o sparql:URL");
    }

    /**
     * Loads and validates the ontology folder; refuses a graph that breaks the contract.
     * The bundled graph checked at build time, and contents that already passed (same bytes, same build), are not
     * validated again: see {@link ValidationCache}.
     */
    public LoadedOntology loadValid() {
        return loadValid(cache.key(OntologyLoader.rdfFiles(ontologyFolder)));
    }

    /** @param key the files' key, computed before they are read (hashing them once per start, not once per check) */
    private LoadedOntology loadValid(String key) {
        LoadedOntology ontology = new OntologyLoader().load(ontologyFolder);
        if (cache.isBuildKey(key)) return ontology.markedAsBuilt();
        if (cache.knownValid(key)) return ontology;
        ValidationReport report = new ContractValidator().validate(ontology);
        if (!report.valid()) throw new InvalidGraphException(report);
        cache.rememberValid(key);
        return ontology;
    }

    private KnowledgeStore memory() {
        String key = cache.key(OntologyLoader.rdfFiles(ontologyFolder));
        String description = "memoria (" + ontologyFolder + ")";
        if (cache.isBuildKey(key)) {
            // The graph the jar was built from: what the build recorded of it (snapshot, text index) answers at once;
            // its files are read when a query first needs them (or when the server asks, once it listens).
            return LoadingStore.whenAsked(description, () -> inMemory(loadValid(key), description));
        }
        return inMemory(loadValid(key), description);
    }

    private static KnowledgeStore inMemory(LoadedOntology ontology, String description) {
        // The graph is read-only once served: wrap the loaded model (reads take a lock) instead of copying it.
        Dataset dataset = DatasetFactory.wrap(ontology.model());
        return new DatasetStore(dataset, description, dataset::close, ontology.asBuilt());
    }

    private KnowledgeStore tdb2(Path folder) {
        if (!Files.isDirectory(folder) || Tdb2Folder.isEmpty(folder)) buildTdb2(folder);
        Dataset dataset;
        try {
            dataset = TDB2Factory.connectDataset(folder.toString());
        } catch (DBOpEnvException e) {
            throw new StoreOpenException("La base TDB2 " + folder + " está abierta por otro proceso del explorador: "
                    + "ciérralo o usa otra carpeta (" + e.getMessage().replaceAll(".*held by process", "proceso") + ")");
        }
        return new DatasetStore(dataset, "tdb2:" + folder, () -> TDBInternal.expel(dataset.asDatasetGraph()));
    }

    /**
     * Builds the database in a sibling folder and renames it into place only once it is complete: a process
     * killed half-way (even while TDB2 is still creating its files) leaves no half-built database behind,
     * and the next start simply builds it again. Later starts reopen the database as it is, without the ontology.
     */
    private void buildTdb2(Path folder) {
        LoadedOntology ontology = loadValid();
        Path parent = folder.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
            removeLeftovers(parent, folder.getFileName().toString());
            Path building = Files.createTempDirectory(parent, folder.getFileName() + BUILDING_SUFFIX);
            // Says why the first start takes longer; the crash test also waits for this line before it kills.
            System.err.println(BUILDING_MESSAGE + folder + " (solo la primera vez)...");
            Dataset dataset = TDB2Factory.connectDataset(building.toString());
            Txn.executeWrite(dataset, () -> dataset.getDefaultModel().add(ontology.model()));
            TDBInternal.expel(dataset.asDatasetGraph());
            if (Files.isDirectory(folder) && Tdb2Folder.isEmpty(folder)) Files.delete(folder);
            try {
                Files.move(building, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException builtMeanwhile) {
                // Another process finished building the same database first: use theirs, drop ours.
                if (!Tdb2Folder.isDatabase(folder)) throw builtMeanwhile;
                deleteTree(building);
            }
        } catch (IOException e) {
            throw new StoreOpenException("No se pudo crear la base TDB2 en " + folder + ": " + e.getMessage());
        }
    }

    /** Folders of earlier builds that were killed before the rename. */
    private static void removeLeftovers(Path parent, String name) throws IOException {
        try (var siblings = Files.list(parent)) {
            for (Path leftover : siblings.filter(p -> p.getFileName().toString().startsWith(name + BUILDING_SUFFIX)).toList()) {
                deleteTree(leftover);
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

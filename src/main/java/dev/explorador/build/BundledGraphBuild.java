package dev.explorador.build;

import dev.explorador.graph.ContractValidator;
import dev.explorador.graph.LoadedOntology;
import dev.explorador.graph.OntologyLoader;
import dev.explorador.graph.ValidationCache;
import dev.explorador.graph.ValidationReport;
import dev.explorador.query.GraphSnapshot;
import dev.explorador.query.TextSearchService;
import dev.explorador.store.DatasetStore;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;

/**
 * Run by Maven while building the jar (pom.xml, process-classes), so that a start on the bundled graph does the
 * least work: validates the bundled ontology against its contract (a graph that breaks it stops the build with the
 * same report as {@code validate}), then writes into the classes its {@link ValidationCache} key and its full-text
 * index ({@code grafo-construido/indice-texto}) and the answers its snapshot is made of
 * ({@code grafo-construido/instantanea}). The program uses them only for those exact files.
 * Arguments: the ontology folder, the classes folder, the program version.
 */
public final class BundledGraphBuild {
    private BundledGraphBuild() {}

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[1]);
        LoadedOntology ontology = new OntologyLoader().load(Path.of(args[0]));
        ValidationReport report = new ContractValidator().validate(ontology);
        if (!report.valid()) {
            System.err.print(report.describe());
            System.exit(1);
        }
        Dataset dataset = DatasetFactory.wrap(ontology.model());
        try (DatasetStore store = new DatasetStore(dataset, "construcción", dataset::close)) {
            TextSearchService.writeBuiltIndex(store, classes);
            GraphSnapshot.recordBuiltAnswers(store, classes);
        }
        String buildId = args[2] + " " + Instant.now();
        Properties properties = new Properties();
        properties.setProperty("construccion", buildId);
        properties.setProperty("huella", ValidationCache.fingerprint(buildId, ontology.files()));
        Path target = classes.resolve(ValidationCache.BUILD_RESOURCE.substring(1));
        Files.createDirectories(target.getParent());
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            properties.store(out, "The bundled ontology passed its contract when this jar was built; grafo-construido/ was made from it");
        }
        System.exit(0);
    }
}

package dev.explorador.graph;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * Run by Maven while building the jar: validates the bundled ontology against its contract and, when it passes,
 * stores its {@link ValidationCache} key in the classes, so the program skips SHACL for that exact graph.
 * A graph that breaks the contract stops the build with the same report as {@code validate}.
 * Arguments: the ontology folder, the classes folder, the program version.
 */
public final class BuildValidation {
    private BuildValidation() {}

    public static void main(String[] args) throws IOException {
        LoadedOntology ontology = new OntologyLoader().load(Path.of(args[0]));
        ValidationReport report = new ContractValidator().validate(ontology);
        if (!report.valid()) {
            System.err.print(report.describe());
            System.exit(1);
        }
        String buildId = args[2] + " " + Instant.now();
        Properties properties = new Properties();
        properties.setProperty("construccion", buildId);
        properties.setProperty("huella", ValidationCache.fingerprint(buildId, ontology));
        Path target = Path.of(args[1], ValidationCache.BUILD_RESOURCE.substring(1));
        Files.createDirectories(target.getParent());
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            properties.store(out, "The bundled ontology passed its contract when this jar was built");
        }
        System.exit(0);
    }
}

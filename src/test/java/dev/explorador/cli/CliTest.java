package dev.explorador.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line verbs, run in-process on the real graph, with their output and exit codes. */
class CliTest {
    @Test
    void validateExitsZeroOnTheRealGraph() {
        CliRunner.Run run = CliRunner.run("validate");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("cumple el contrato"));
    }

    @Test
    void validateExitsNonZeroAndExplainsABrokenGraph(@TempDir Path folder) throws IOException {
        for (String file : List.of("vocabulario.ttl", "formas.ttl", "temario.ttl", "examen.ttl")) {
            Files.copy(Path.of("ontology", file), folder.resolve(file));
        }
        Files.writeString(folder.resolve("c.ttl"), """
                @prefix c: <https://explorador-genai.example/concepto/> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                c:solo a skos:Concept ; skos:prefLabel "Solo"@es .
                """);
        CliRunner.Run invalid = CliRunner.run("validate", "--ontologia", folder.toString());
        assertEquals(1, invalid.code());
        assertTrue(invalid.err().contains("c:solo («Solo»), campo definición sencilla"), invalid.err());
        Files.writeString(folder.resolve("c.ttl"), "@prefix c: <urn:x#> .\nc:a c:b .\n");
        CliRunner.Run broken = CliRunner.run("validate", "--ontologia", folder.toString());
        assertEquals(2, broken.code());
        assertTrue(broken.err().contains("c.ttl, línea 2, columna"), broken.err());
        CliRunner.Run serve = CliRunner.run("serve", "--ontologia", folder.toString(), "--port", "0");
        assertEquals(2, serve.code(), "serve refuses a broken graph");
    }

    @Test
    void relatedPrintsRelationsReadInTheirDirection() {
        CliRunner.Run run = CliRunner.run("related", "delta table");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("guarda → Tabla de inferencia [inference-table]"), run.out());
        CliRunner.Run filtered = CliRunner.run("related", "inference-table", "-r", "seConfundeCon", "-d", "2");
        assertEquals(0, filtered.code());
        assertTrue(filtered.out().lines().skip(1).allMatch(l -> l.contains("se confunde con")), filtered.out());
    }

    @Test
    void searchPrintsTextMatchesWithTheFieldAndTheWordMarked() {
        CliRunner.Run run = CliRunner.run("search", "vacunas", "--en", "texto", "-n", "20");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.contains("[judge-retrieval-sufficiency]  Ejemplo: ") && l.contains("**vacunas**")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.contains("pregunta ")), "practice questions too: " + run.out());
    }

    @Test
    void pathPrintsTheChainAsASentence() {
        CliRunner.Run run = CliRunner.run("path", "pyfunc", "Tabla de inferencia");
        assertEquals(0, run.code(), run.err());
        String first = run.out().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("pyfunc") && first.endsWith("Tabla de inferencia"), first);
    }

    @Test
    void mindmapPrintsAMarkdownOutline() {
        CliRunner.Run run = CliRunner.run("mindmap", "model-serving", "--profundidad", "1");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("# "), run.out());
        assertTrue(run.out().lines().skip(1).allMatch(l -> l.startsWith("- *")), run.out());
    }

    @Test
    void statsPrintsTheFigures() {
        CliRunner.Run run = CliRunner.run("stats");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Conceptos:"));
        assertTrue(run.out().contains("Evaluación y monitoreo"));
    }

    @Test
    void queryPrintsTableCsvAndJson(@TempDir Path folder) throws IOException {
        String query = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT (COUNT(?c) AS ?n) WHERE { ?c a skos:Concept }";
        CliRunner.Run table = CliRunner.run("query", query);
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("| n"), table.out());
        CliRunner.Run csv = CliRunner.run("query", query, "--formato", "csv");
        int n = Integer.parseInt(csv.out().lines().skip(1).findFirst().orElseThrow().trim());
        assertTrue(n >= 150);
        Path file = folder.resolve("q.rq");
        Files.writeString(file, query);
        CliRunner.Run json = CliRunner.run("query", "-f", file.toString(), "--formato", "json");
        assertEquals(n, new ObjectMapper().readTree(json.out()).at("/results/bindings/0/n/value").asInt());
        CliRunner.Run bad = CliRunner.run("query", "SELECT WHERE {");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("mal formada"));
    }

    @Test
    void anUnknownConceptGetsSuggestionsAndExitCode2() {
        CliRunner.Run run = CliRunner.run("related", "piyfunc");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("¿Quisiste decir"), run.err());
        assertTrue(run.err().contains("[pyfunc]"), run.err());
    }
}

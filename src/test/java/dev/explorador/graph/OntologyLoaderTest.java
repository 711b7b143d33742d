package dev.explorador.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OntologyLoaderTest {
    @TempDir Path folder;

    @Test
    void readsEveryFileOfTheRealOntology() {
        LoadedOntology ontology = new OntologyLoader().load(Path.of("ontology"));
        assertTrue(ontology.files().size() >= 6, "vocabulary, shapes, outline, exam and content files");
        assertTrue(ontology.model().size() > 5000);
        assertTrue(ontology.fileOf(Vocab.conceptIri("pyfunc")).toString().endsWith("02-mlflow-y-registro.ttl"));
    }

    @Test
    void aTurtleSyntaxErrorNamesFileLineAndColumn() throws IOException {
        Files.writeString(folder.resolve("formas.ttl"), "@prefix sh: <http://www.w3.org/ns/shacl#> .\n");
        Path broken = folder.resolve("roto.ttl");
        Files.writeString(broken, """
                @prefix c: <https://explorador-genai.example/concepto/> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                c:a skos:prefLabel "uno"@es "dos"@es .
                """);
        GraphLoadException e = assertThrows(GraphLoadException.class, () -> new OntologyLoader().load(folder));
        SyntaxError error = e.syntaxError();
        assertEquals(broken, error.file());
        assertEquals(3, error.line());
        assertTrue(error.column() > 0);
        assertTrue(e.getMessage().contains("roto.ttl, línea 3, columna"), e.getMessage());
    }

    @Test
    void anUndeclaredPrefixIsASyntaxErrorWithItsPosition() throws IOException {
        Files.writeString(folder.resolve("formas.ttl"), "@prefix sh: <http://www.w3.org/ns/shacl#> .\n");
        Files.writeString(folder.resolve("x.ttl"), "\n\n  nope:a nope:b nope:c .\n");
        GraphLoadException e = assertThrows(GraphLoadException.class, () -> new OntologyLoader().load(folder));
        assertEquals(3, e.syntaxError().line());
        assertEquals(3, e.syntaxError().column());
    }

    @Test
    void aMissingFolderOrShapesFileIsAClearError() throws IOException {
        var missing = assertThrows(GraphLoadException.class, () -> new OntologyLoader().load(folder.resolve("no-existe")));
        assertTrue(missing.getMessage().contains("No existe la carpeta"));
        Files.writeString(folder.resolve("a.ttl"), "<urn:a> <urn:b> <urn:c> .\n");
        var noShapes = assertThrows(GraphLoadException.class, () -> new OntologyLoader().load(folder));
        assertTrue(noShapes.getMessage().contains("formas.ttl"));
    }
    @Test
    void aFileThatIsNotUtf8IsRefusedWithLineAndColumn() throws IOException {
        Files.writeString(folder.resolve("formas.ttl"), "@prefix sh: <http://www.w3.org/ns/shacl#> .\n");
        Path latin1 = folder.resolve("latin1.ttl");
        String text = """
                @prefix c: <https://explorador-genai.example/concepto/> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                c:a skos:prefLabel "Métodos"@es .
                """;
        Files.write(latin1, text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        GraphLoadException e = assertThrows(GraphLoadException.class, () -> new OntologyLoader().load(folder));
        assertEquals(latin1, e.syntaxError().file());
        assertEquals(3, e.syntaxError().line());
        assertEquals(22, e.syntaxError().column(), "the column of the é, counted in characters");
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void aLiteralThatBreaksItsDatatypeIsRefusedWithLineAndColumn() throws IOException {
        Files.writeString(folder.resolve("formas.ttl"), "@prefix sh: <http://www.w3.org/ns/shacl#> .\n");
        Path typed = folder.resolve("tipos.ttl");
        Files.writeString(typed, """
                @prefix gd: <https://explorador-genai.example/vocab#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://explorador-genai.example/concepto/a>
                  gd:ordenEnTema "uno"^^xsd:integer .
                """);
        GraphLoadException e = assertThrows(GraphLoadException.class, () -> new OntologyLoader().load(folder));
        assertEquals(typed, e.syntaxError().file());
        assertEquals(4, e.syntaxError().line());
        assertTrue(e.getMessage().contains("tipo de dato"), e.getMessage());
    }
    @Test
    void theUsualParserErrorsAreExplainedInSpanish() throws IOException {
        Files.writeString(folder.resolve("formas.ttl"), "@prefix sh: <http://www.w3.org/ns/shacl#> .\n");
        Files.writeString(folder.resolve("sin-punto.ttl"), """
                @prefix c: <https://explorador-genai.example/concepto/> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                c:a skos:prefLabel "uno"@es
                c:b skos:prefLabel "dos"@es .
                """);
        GraphLoadException e = assertThrows(GraphLoadException.class, () -> new OntologyLoader().load(folder));
        assertTrue(e.getMessage().contains("falta el punto final"), e.getMessage());
        assertTrue(e.getMessage().contains("Triples not terminated by DOT"), "Jena's words stay: " + e.getMessage());
    }
}

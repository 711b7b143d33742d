package dev.explorador.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code mentions} verb prints the report by concept and exits 1 while anything is unexplained, 0 after. */
class MentionsCommandTest {
    private static final String CONCEPTS = """
            @prefix c:    <https://explorador-genai.example/concepto/> .
            @prefix gd:   <https://explorador-genai.example/vocab#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            c:alfa a skos:Concept ; skos:prefLabel "Alfa"@es , "Alpha"@en ;
              skos:definition "Alfa guarda lo que produce Beta."@es .
            c:beta a skos:Concept ; skos:prefLabel "Beta"@es , "Beta"@en ;
              skos:definition "Un componente cualquiera."@es .
            """;

    @Test
    void exitsOneWithTheMissingLinkAndZeroOnceLinked(@TempDir Path folder) throws IOException {
        for (String file : List.of("vocabulario.ttl", "formas.ttl")) Files.copy(Path.of("ontology", file), folder.resolve(file));
        Files.writeString(folder.resolve("c.ttl"), CONCEPTS);
        CliRunner.Run missing = CliRunner.run("mentions", "--ontologia", folder.toString());
        assertEquals(1, missing.code(), missing.out() + missing.err());
        assertTrue(missing.out().contains("c:alfa («Alfa»)\n  - nombra a c:beta («Beta») sin enlace — definición: «beta»"), missing.out());
        Files.writeString(folder.resolve("c.ttl"), CONCEPTS + "c:alfa gd:usa c:beta .\n");
        CliRunner.Run linked = CliRunner.run("mentions", "--ontologia", folder.toString());
        assertEquals(0, linked.code(), linked.out());
        assertTrue(linked.out().contains("sin enlace: 0"), linked.out());
    }
}

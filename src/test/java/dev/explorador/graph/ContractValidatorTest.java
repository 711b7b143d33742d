package dev.explorador.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule of the knowledge contract, broken on purpose, is reported with its file, concept and field. */
class ContractValidatorTest {
    private static final String PREFIXES = """
            @prefix c:       <https://explorador-genai.example/concepto/> .
            @prefix gd:      <https://explorador-genai.example/vocab#> .
            @prefix t:       <https://explorador-genai.example/curso/> .
            @prefix ex:      <https://explorador-genai.example/examen/> .
            @prefix q:       <https://explorador-genai.example/pregunta/> .
            @prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
            """;
    private static final String CONCEPT_A = """
            c:alfa a skos:Concept , gd:Producto ;
              skos:inScheme c:curso ; gd:tema t:mlflow ;
              skos:prefLabel "Alfa"@es , "Alpha"@en ;
              skos:definition "Una definición sencilla y suficiente."@es ;
              gd:definicionDatabricks "Lo que dice la documentación de Databricks."@es ;
              skos:example "Un ejemplo con el agente de turismo."@es ;
              gd:consejoExamen "Lo que pregunta el examen y su trampa."@es ;
              dcterms:source <https://docs.databricks.com/aws/en/mlflow/> ;
              dcterms:modified "2026-12-02"^^xsd:date ;
              gd:usa c:beta .
            """;
    private static final String CONCEPT_B = """
            c:beta a skos:Concept , gd:Componente ;
              skos:inScheme c:curso ; gd:tema t:mlflow ;
              skos:prefLabel "Beta"@es , "Beta"@en ;
              skos:definition "Otra definición sencilla y suficiente."@es ;
              gd:definicionDatabricks "Lo que dice la documentación de Databricks."@es ;
              skos:example "Un ejemplo con el agente de primera infancia."@es ;
              gd:consejoExamen "Lo que pregunta el examen y su trampa."@es ;
              dcterms:source <https://docs.databricks.com/aws/en/mlflow/> ;
              dcterms:modified "2026-12-02"^^xsd:date .
            """;
    private static final String QUESTION = """
            q:prueba-01 a gd:Pregunta ; gd:seccion ex:s4 ; gd:objetivoExamen ex:s4-5 ;
              gd:preguntaSobre c:alfa ;
              gd:enunciado "¿Qué hace Alfa en el agente de turismo?"@es ;
              gd:explicacion "Porque sí."@es ;
              gd:opcion [ a gd:Opcion ; gd:letra "A" ; gd:texto "Uno"@es ; gd:esCorrecta true ; gd:explicacion "Bien"@es ] ,
                        [ a gd:Opcion ; gd:letra "B" ; gd:texto "Dos"@es ; gd:esCorrecta false ; gd:explicacion "Mal"@es ] ,
                        [ a gd:Opcion ; gd:letra "C" ; gd:texto "Tres"@es ; gd:esCorrecta false ; gd:explicacion "Mal"@es ] ,
                        [ a gd:Opcion ; gd:letra "D" ; gd:texto "Cuatro"@es ; gd:esCorrecta false ; gd:explicacion "Mal"@es ] .
            """;

    @TempDir Path folder;

    @BeforeEach
    void copyVocabulary() throws IOException {
        for (String file : List.of("vocabulario.ttl", "formas.ttl", "temario.ttl", "examen.ttl")) {
            Files.copy(Path.of("ontology", file), folder.resolve(file));
        }
    }

    private ValidationReport validate(String concepts) throws IOException {
        Files.writeString(folder.resolve("conceptos.ttl"), PREFIXES + concepts);
        return new ContractValidator().validate(new OntologyLoader().load(folder));
    }

    @Test
    void theRealGraphMeetsTheContract() {
        ValidationReport report = new ContractValidator().validate(new OntologyLoader().load(Path.of("ontology")));
        assertTrue(report.valid(), report.describe());
    }

    @Test
    void aWellFormedConceptAndQuestionPass() throws IOException {
        ValidationReport report = validate(CONCEPT_A + CONCEPT_B + QUESTION);
        assertTrue(report.valid(), report.describe());
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                broken("sin nombre en español", s -> s.replace("\"Alfa\"@es , ", ""), "prefLabel @es", "exactamente un nombre en español"),
                broken("dos nombres en inglés", s -> s.replace("\"Alpha\"@en", "\"Alpha\"@en , \"Alfa2\"@en"), "prefLabel @en", "exactamente un nombre en inglés"),
                broken("nombre en otro idioma", s -> s.replace("\"Alpha\"@en", "\"Alpha\"@en , \"Alpha\"@fr"), "prefLabel", "español (@es) o en inglés"),
                broken("sin definición", s -> s.replace("skos:definition \"Una definición sencilla y suficiente.\"@es ;", ""), "skos:definition", "definición sencilla"),
                broken("definición en inglés", s -> s.replace("\"Una definición sencilla y suficiente.\"@es", "\"A plain enough definition.\"@en"), "skos:definition", "definición sencilla"),
                broken("sin definición de Databricks", s -> s.replaceFirst("gd:definicionDatabricks [^;]+;", ""), "gd:definicionDatabricks", "definición según Databricks"),
                broken("sin ejemplo", s -> s.replace("skos:example \"Un ejemplo con el agente de turismo.\"@es ;", ""), "skos:example", "ejemplo"),
                broken("sin fecha de comprobación", s -> s.replaceFirst("dcterms:modified [^;]+;", ""), "dcterms:modified", "se comprobaron en la documentación"),
                broken("fecha que no es xsd:date", s -> s.replaceFirst("\"2026-12-02\"\\^\\^xsd:date", "\"ayer\""), "dcterms:modified", "se comprobaron en la documentación"),
                broken("sin consejo de examen", s -> s.replaceFirst("gd:consejoExamen [^;]+;", ""), "gd:consejoExamen", "consejo de examen"),
                broken("fuente http", s -> s.replaceFirst("<https://docs.databricks.com/aws/en/mlflow/>", "<http://docs.databricks.com/x>"), "dcterms:source", "https"),
                broken("fuente como texto", s -> s.replaceFirst("<https://docs.databricks.com/aws/en/mlflow/>", "\"docs\""), "dcterms:source", "https"),
                broken("sin tema", s -> s.replaceFirst("gd:tema t:mlflow ;", ""), "gd:tema", "tema del temario"),
                broken("tema inexistente", s -> s.replaceFirst("gd:tema t:mlflow ;", "gd:tema t:no-existe ;"), "gd:tema", "tema del temario"),
                broken("sin esquema", s -> s.replaceFirst("skos:inScheme c:curso ;", ""), "skos:inScheme", "esquema del curso"),
                broken("dos tipos", s -> s.replaceFirst("gd:Producto ;", "gd:Producto , gd:Metrica ;"), "(nodo", "exactamente un tipo"),
                broken("sin tipo", s -> s.replaceFirst(", gd:Producto ;", " ;"), "(nodo", "exactamente un tipo"),
                broken("relación a un concepto que no existe", s -> s.replace("gd:usa c:beta .", "gd:usa c:beta , c:gamma ."), "gd:usa", "c:gamma, que no es un concepto definido"),
                broken("propiedad con errata", s -> s.replace("gd:usa c:beta .", "gd:usa c:beta ; gd:usaa c:beta ."), "gd:usaa", "no existe en vocabulario.ttl"),
                broken("skos:narrower", s -> s.replace("gd:usa c:beta .", "gd:usa c:beta ; skos:narrower c:beta ."), "(nodo", "skos:broader"),
                broken("objetivo inexistente", s -> s.replace("gd:usa c:beta .", "gd:usa c:beta ; gd:objetivoExamen ex:s9-9 ."), "gd:objetivoExamen", "objetivo"),
                broken("sin relaciones", s -> s.replace(" ;\n  gd:usa c:beta .", " ."), "relaciones", "ninguna relación"));
    }

    private static Arguments broken(String rule, UnaryOperator<String> breakIt, String field, String message) {
        return Arguments.of(rule, breakIt, field, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void eachBrokenRuleNamesFileConceptAndField(String rule, UnaryOperator<String> breakIt, String field, String message)
            throws IOException {
        String concepts = breakIt.apply(CONCEPT_A);
        assertTrue(!concepts.equals(CONCEPT_A), "the mutation must change the concept: " + rule);
        ValidationReport report = validate(concepts + CONCEPT_B + QUESTION);
        assertTrue(!report.valid(), rule + " should be refused");
        Violation v = report.violations().stream()
                .filter(x -> x.node().equals("c:alfa") && x.message().contains(message))
                .findFirst().orElseThrow(() -> new AssertionError(rule + ": no violation on c:alfa with «" + message + "» in\n" + report.describe()));
        assertTrue(v.file().endsWith("conceptos.ttl"), v.describe());
        assertTrue(field.startsWith("(nodo") || v.field().contains(field), rule + ": field «" + v.field() + "» should name " + field);
        assertTrue(v.describe().contains("«Alfa»") || rule.equals("sin nombre en español"), v.describe());
    }

    static Stream<Arguments> brokenQuestions() {
        return Stream.of(
                Arguments.of("sin opción correcta", (UnaryOperator<String>) s -> s.replace("gd:esCorrecta true", "gd:esCorrecta false"), "ninguna opción está marcada como correcta"),
                Arguments.of("tres opciones", (UnaryOperator<String>) s -> s.replaceFirst(" ,\n\\s+\\[ a gd:Opcion ; gd:letra \"D\"[^\\]]+\\]", ""), "entre 4 y 6 opciones"),
                Arguments.of("sin sección", (UnaryOperator<String>) s -> s.replace("gd:seccion ex:s4 ;", ""), "sección del examen"),
                Arguments.of("concepto inexistente", (UnaryOperator<String>) s -> s.replace("gd:preguntaSobre c:alfa ;", "gd:preguntaSobre c:nada ;"), "qué conceptos evalúa"),
                Arguments.of("letra repetida", (UnaryOperator<String>) s -> s.replace("gd:letra \"B\"", "gd:letra \"A\""), "se repite"),
                Arguments.of("opción sin explicación", (UnaryOperator<String>) s -> s.replace(" ; gd:explicacion \"Bien\"@es", ""), "opciones bien formadas"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenQuestions")
    void eachBrokenQuestionIsReported(String rule, UnaryOperator<String> breakIt, String message) throws IOException {
        String question = breakIt.apply(QUESTION);
        assertTrue(!question.equals(QUESTION), "the mutation must change the question: " + rule);
        ValidationReport report = validate(CONCEPT_A + CONCEPT_B + question);
        assertTrue(report.violations().stream().anyMatch(v -> v.node().startsWith("q:prueba-01") && v.message().contains(message)),
                rule + ":\n" + report.describe());
    }

    @Test
    void theReportIsOneSpanishLinePerViolation() throws IOException {
        ValidationReport report = validate(CONCEPT_A.replace("\"Alpha\"@en", "\"Alpha\"@en , \"Otro\"@en") + CONCEPT_B + QUESTION);
        assertEquals(1, report.violations().size(), report.describe());
        String text = report.describe();
        assertTrue(text.startsWith("El grafo no cumple el contrato: 1 problema."), text);
        assertTrue(text.contains("conceptos.ttl: c:alfa («Alfa»), campo nombre en inglés"), text);
    }
}

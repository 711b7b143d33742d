package dev.explorador.fulltext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Lucene index on a few passages: Spanish and English analysis, code names, names first, snippets. */
class FullTextIndexTest {
    private static final FullTextIndex INDEX = FullTextIndex.build(List.of(
            new Passage("c:tabla", "nombre", true, "Tabla de inferencia"),
            new Passage("c:tabla", "definicion", false, "Guarda cada petición y respuesta del endpoint."),
            new Passage("c:perfil", "ejemplo", false, "Un perfil lee las tablas de inferencia cada día y calcula la deriva."),
            new Passage("c:endpoint", "definicionDatabricks", false, "Serving endpoints expose registered models over REST."),
            new Passage("c:codigo", "codigo", false, "mlflow.pyfunc.log_model(name=\"agente\", python_model=Agente())"),
            new Passage("q:p1", "enunciado", false, "¿Qué guarda la configuración de la temperatura del modelo?")));

    private static String marked(TextMatch m) {
        StringBuilder s = new StringBuilder(m.snippet());
        for (int i = m.highlights().size() - 1; i >= 0; i--) {
            s.insert(m.highlights().get(i).end(), "]").insert(m.highlights().get(i).start(), "[");
        }
        return s.toString();
    }

    @Test
    void accentsCaseAndPluralsMeetInSpanish() {
        List<TextMatch> hits = INDEX.search("INFERÉNCIAS", 10);
        assertEquals(List.of("c:tabla", "c:perfil"), hits.stream().map(TextMatch::entity).toList());
        assertEquals("Un perfil lee las [tablas] de [inferencia] cada día y calcula la deriva.".replace("[tablas]", "tablas"),
                marked(INDEX.search("inferencia", 10).get(1)));
        assertEquals("Guarda cada [petición] y respuesta del endpoint.", marked(INDEX.search("peticiones", 10).get(0)));
    }

    @Test
    void pluralsMeetInEnglish() {
        TextMatch hit = INDEX.search("registered model", 10).get(0);
        assertEquals("c:endpoint", hit.entity());
        assertEquals("definicionDatabricks", hit.field());
        assertEquals("Serving endpoints expose [registered] [models] over REST.", marked(hit));
    }

    @Test
    void codeNamesAreFoundWholeAndByTheirParts() {
        assertEquals("mlflow.[pyfunc].log_model(name=\"agente\", python_model=Agente())", marked(INDEX.search("pyfunc", 10).get(0)));
        TextMatch whole = INDEX.search("log_model", 10).get(0);
        assertEquals("c:codigo", whole.entity());
        assertTrue(marked(whole).startsWith("mlflow.pyfunc.[log]_[model]("), marked(whole));
    }

    @Test
    void aNameMatchRanksAboveTheSameWordsInAText() {
        List<TextMatch> hits = INDEX.search("tabla de inferencia", 10);
        assertEquals("c:tabla", hits.get(0).entity());
        assertTrue(hits.get(0).name());
        assertEquals("nombre", hits.get(0).field());
        assertTrue(hits.get(0).score() > hits.get(1).score());
    }

    @Test
    void aLongTypoIsForgivenButWeighsLess() {
        List<TextMatch> hits = INDEX.search("temperatrua", 10);
        assertEquals(List.of("q:p1"), hits.stream().map(TextMatch::entity).toList());
        assertTrue(hits.get(0).score() < INDEX.search("temperatura", 10).get(0).score());
    }

    @Test
    void stopWordsAloneAndNonsenseFindNothingAndLongQueriesStillAnswer() {
        assertTrue(INDEX.search("de la que", 10).isEmpty());
        assertTrue(INDEX.search("xyzqwv", 10).isEmpty());
        assertTrue(INDEX.search("  ", 10).isEmpty());
        String many = "perfil lee tablas inferencia cada día calcula deriva ".repeat(60);
        assertEquals("c:perfil", INDEX.search(many, 10).get(0).entity(), "hundreds of words: each once, no Lucene clause error");
        assertTrue(INDEX.search("\"(*:[ AND OR ~ ^", 10).isEmpty(), "query syntax is plain text");
        String distinct = java.util.stream.IntStream.range(0, 400).mapToObj(i -> "palabra" + i).collect(java.util.stream.Collectors.joining(" "));
        assertTrue(INDEX.search(distinct, 10).isEmpty(), "400 different words are cut to the first ones");
    }

    @Test
    void aLongTextIsCutAroundTheMatch() {
        String filler = "palabra ".repeat(60);
        FullTextIndex index = FullTextIndex.build(List.of(new Passage("c:x", "ejemplo", false, filler + "guardrail " + filler)));
        TextMatch hit = index.search("guardrails", 1).get(0);
        assertTrue(hit.snippet().startsWith("…") && hit.snippet().endsWith("…"), hit.snippet());
        assertTrue(hit.snippet().length() <= 222, hit.snippet().length() + "");
        assertEquals("guardrail", hit.snippet().substring(hit.highlights().get(0).start(), hit.highlights().get(0).end()));
    }
}

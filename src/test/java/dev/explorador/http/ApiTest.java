package dev.explorador.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.explorador.testing.ExplorerHttp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON API the viewer uses, on the real graph: answers, 404 with suggestions, 400 with reasons. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ExplorerHttp http;

    @BeforeAll
    static void start() {
        http = ExplorerHttp.start();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static JsonNode ok(String path) throws Exception {
        var response = http.get(path, null);
        assertEquals(200, response.statusCode(), path + " → " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    @Test
    void searchAnswersRankedConcepts() throws Exception {
        JsonNode hits = ok("/api/search?q=" + ExplorerHttp.encode("tabla de inferéncia") + "&limit=5");
        assertEquals("inference-table", hits.get(0).at("/concept/slug").asText());
        assertTrue(hits.size() <= 5);
        assertTrue(hits.get(0).get("score").asInt() >= hits.get(hits.size() - 1).get("score").asInt());
    }

    @Test
    void theCardCarriesDefinitionsExampleTipSourcesAndRelations() throws Exception {
        JsonNode card = ok("/api/concepts/" + ExplorerHttp.encode("Tabla de inferencia"));
        assertEquals("inference-table", card.at("/concept/slug").asText());
        for (String field : new String[] {"definicion", "definicionDatabricks", "consejoExamen"}) {
            assertFalse(card.get(field).asText().isBlank(), field);
        }
        assertTrue(card.get("ejemplos").size() >= 1);
        assertTrue(card.get("fuentes").get(0).asText().startsWith("https://"));
        assertTrue(card.get("relaciones").size() >= 2);
        assertTrue(card.get("trampas").size() >= 1);
    }

    @Test
    void relatedPathMindMapAndStatsAnswer() throws Exception {
        JsonNode related = ok("/api/related/inference-table?depth=2&relation=seGuardaEn,seConfundeCon");
        for (JsonNode e : related.get("entries")) {
            String r = e.get("relation").asText();
            assertTrue(r.equals("gd:seGuardaEn") || r.equals("gd:seConfundeCon"), r);
        }
        JsonNode path = ok("/api/path?from=pyfunc&to=inference-table");
        assertTrue(path.get("paths").size() >= 1);
        assertTrue(path.at("/paths/0/sentence").asText().contains("→"));
        JsonNode map = ok("/api/mindmap/model-serving?depth=1");
        assertEquals("model-serving", map.at("/concept/slug").asText());
        assertTrue(map.get("children").size() > 3);
        JsonNode stats = ok("/api/stats");
        assertTrue(stats.at("/nodesByClass/skos:Concept").asInt() >= 150);
        assertTrue(ok("/api/relations").size() >= 17);
    }

    @Test
    void outlineResumenExamAndQuestionsCoverTheCourse() throws Exception {
        // The course alone by default (modules 1–6); the whole certification adds modules 7–10, and then every concept has a place.
        JsonNode outline = ok("/api/outline");
        assertEquals(6, outline.size());
        Set<String> inCourse = new HashSet<>();
        for (JsonNode module : outline) {
            assertFalse(module.get("outsideCourse").asBoolean(), module.get("label").asText());
            for (JsonNode topic : module.get("topics")) topic.get("concepts").forEach(c -> inCourse.add(c.get("slug").asText()));
        }
        assertEquals(outline, ok("/api/outline?alcance=curso"));
        JsonNode whole = ok("/api/outline?alcance=certificaci%C3%B3n");
        assertEquals(10, whole.size());
        Set<String> inOutline = new HashSet<>();
        int previous = 0;
        for (JsonNode module : whole) {
            assertTrue(module.get("order").asInt() > previous, "course order");
            previous = module.get("order").asInt();
            assertEquals(module.get("order").asInt() > 6, module.get("outsideCourse").asBoolean(), "modules 7–10 are beyond the course");
            for (JsonNode topic : module.get("topics")) topic.get("concepts").forEach(c -> inOutline.add(c.get("slug").asText()));
        }
        assertEquals(ok("/api/concepts").size(), inOutline.size(), "every concept has a place in the certification's outline");
        assertTrue(inOutline.containsAll(inCourse) && inCourse.size() < inOutline.size(), inCourse.size() + " of " + inOutline.size());
        assertEquals(10, ok("/api/resumen?alcance=certificacion").size());
        assertEquals(6, ok("/api/resumen").size());
        JsonNode resumen = ok("/api/resumen");
        assertFalse(resumen.at("/0/topics/0/cards/0/definicion").asText().isBlank());
        JsonNode exam = ok("/api/exam");
        assertEquals(6, exam.size());
        int weights = 0;
        for (JsonNode s : exam) weights += s.get("weight").asInt();
        assertEquals(100, weights);
        JsonNode section4 = ok("/api/questions?section=4");
        assertTrue(section4.size() >= 10);
        for (JsonNode q : section4) {
            assertEquals("ex:s4", q.get("section").asText());
            assertTrue(q.get("options").size() >= 4);
        }
        JsonNode aboutPyfunc = ok("/api/questions?concept=pyfunc");
        for (JsonNode q : aboutPyfunc) {
            boolean tests = false;
            for (JsonNode c : q.get("concepts")) tests |= c.get("slug").asText().equals("pyfunc");
            assertTrue(tests);
        }
    }

    @Test
    void anUnknownConceptIs404WithSuggestions() throws Exception {
        var response = http.get("/api/concepts/" + ExplorerHttp.encode("tabla de inferensia"), null);
        assertEquals(404, response.statusCode());
        JsonNode error = JSON.readTree(response.body());
        assertTrue(error.get("error").asText().contains("¿Quisiste decir"));
        boolean suggested = false;
        for (JsonNode s : error.get("suggestions")) suggested |= s.get("slug").asText().equals("inference-table");
        assertTrue(suggested, response.body());
        assertEquals(404, http.get("/api/related/no-existe", null).statusCode());
        assertEquals(404, http.get("/api/path?from=pyfunc&to=no-existe", null).statusCode());
        assertEquals(404, http.get("/api/no-hay-tal-ruta", null).statusCode());
    }

    @Test
    void searchFindsAWordThatIsOnlyInsideACardWithTheFieldAndAHighlightedSnippet() throws Exception {
        JsonNode hits = ok("/api/search?q=vacunas&limit=20");
        assertTrue(hits.size() > 0);
        JsonNode card = null;
        for (JsonNode hit : hits) if (hit.at("/concept/slug").asText().equals("judge-retrieval-sufficiency")) card = hit;
        assertTrue(card != null, hits.toString());
        assertEquals("ejemplo", card.get("field").asText());
        assertEquals("Ejemplo", card.get("fieldLabel").asText());
        String snippet = card.get("snippet").asText();
        JsonNode mark = card.at("/highlights/0");
        assertEquals("vacunas", snippet.substring(mark.get("start").asInt(), mark.get("end").asInt()));
        assertTrue(card.get("question").isNull());
        assertTrue(card.get("score").asInt() < 20, "text matches score below every name match");
        assertEquals(0, ok("/api/search?q=vacunas&in=names").size(), "no name says it");
        JsonNode names = ok("/api/search?q=" + ExplorerHttp.encode("tabla de inferencia") + "&in=names&limit=3");
        assertEquals("nombre", names.at("/0/field").asText());
        assertTrue(names.at("/0/snippet").isNull());
    }

    @Test
    void pathsAreDifferentChainsAlongRealRelationsWithLongerAlternatives() throws Exception {
        JsonNode result = ok("/api/path?from=pyfunc&to=" + ExplorerHttp.encode("tabla de inferencia") + "&paths=10");
        int shortest = result.get("shortest").asInt();
        Set<List<String>> sequences = new HashSet<>();
        Set<Integer> lengths = new HashSet<>();
        for (JsonNode path : result.get("paths")) {
            List<String> nodes = new ArrayList<>(List.of(path.at("/steps/0/from/slug").asText()));
            for (JsonNode step : path.get("steps")) {
                nodes.add(step.at("/to/slug").asText());
                String relation = step.get("relation").asText();
                assertFalse(relation.equals("gd:seConfundeCon") || relation.equals("skos:related"), path.get("sentence").asText());
            }
            assertTrue(sequences.add(nodes), "repeated chain " + nodes);
            lengths.add(path.get("steps").size());
        }
        assertTrue(lengths.contains(shortest) && lengths.stream().anyMatch(n -> n > shortest), "longer alternatives too: " + lengths);
        assertEquals("[\"gd:seConfundeCon\",\"skos:related\"]", result.get("excludedRelations").toString());

        JsonNode all = ok("/api/path?from=inference-table&to=usage-tracking&allRelations=true");
        assertEquals(0, all.get("excludedRelations").size());
        assertEquals("gd:seConfundeCon", all.at("/paths/0/steps/0/relation").asText());
        assertTrue(ok("/api/path?from=inference-table&to=usage-tracking").get("shortest").asInt() > 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/api/search|Falta el parámetro «q»",
        "/api/search?q=x&limit=0|«limit» debe estar entre 1 y 100",
        "/api/search?q=x&limit=abc|«limit» debe ser un número entero",
        "/api/search?q=x&in=todas|«in» (--en) debe ser names, text o all",
        "/api/related/pyfunc?depth=9|«depth» debe estar entre 1 y 3",
        "/api/related/pyfunc?relation=inventada|Relación desconocida",
        "/api/path?from=pyfunc|Falta el parámetro «to»",
        "/api/path?from=pyfunc&to=mlflow&maxLength=99|«maxLength» debe estar entre 1 y 8",
        "/api/path?from=pyfunc&to=mlflow&allRelations=quizas|«allRelations» debe ser true o false",
        "/api/mindmap/pyfunc?depth=-1|«depth» debe estar entre 1 y 4",
        "/api/questions?section=9|«section» debe ser un número de sección"})
    void badParametersAre400WithTheReason(String path, String reason) throws Exception {
        var response = http.get(path, null);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(JSON.readTree(response.body()).get("error").asText().contains(reason), response.body());
    }
}

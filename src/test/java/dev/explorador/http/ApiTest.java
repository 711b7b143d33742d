package dev.explorador.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.explorador.export.Essentials;
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
    void eachEditionOfTheResumenShowsThePartsItsExportShows() throws Exception {
        JsonNode completo = ok("/api/resumen/completo");
        JsonNode esencial = ok("/api/resumen/esencial");
        JsonNode chuleta = ok("/api/resumen/CHULETA");
        int groups = ok("/api/compare/groups").size();
        // completo: today's cards, and also the exam sections, the tip row of the tables and every look-alike.
        assertEquals(ok("/api/resumen"), stripped(completo.get("modulos")), "the complete edition's cards are the summary's cards");
        assertEquals(6, completo.get("examen").size());
        assertTrue(completo.at("/partes/consejosEnTablas").asBoolean() && !completo.at("/partes").has("trampasPorMiembro"));
        assertFalse(completo.at("/historias").isEmpty());
        // esencial: the same modules and topics, each concept as one line cut by the export's own rule.
        assertEquals(6, esencial.get("modulos").size());
        assertFalse(esencial.has("examen"));
        assertEquals(2, esencial.at("/partes/trampasPorMiembro").asInt());
        String html = http.get("/api/export/resumen?format=html&edicion=esencial", null).body();
        int lines = 0;
        for (int m = 0; m < 6; m++) {
            JsonNode topics = esencial.at("/modulos/" + m + "/topics");
            for (int t = 0; t < topics.size(); t++) {
                JsonNode topic = topics.get(t);
                JsonNode cards = completo.at("/modulos/" + m + "/topics/" + t + "/cards");
                assertFalse(topic.has("cards"), "no full cards in the esencial");
                assertEquals(cards.size(), topic.get("lineas").size(), topic.get("label").asText());
                for (int i = 0; i < cards.size(); i++) {
                    JsonNode line = topic.get("lineas").get(i);
                    assertEquals(cards.at("/" + i + "/concept/slug").asText(), line.at("/concept/slug").asText(), "course order");
                    String text = line.get("linea").asText();
                    assertTrue(text.length() <= Essentials.LINE + 1 && cards.at("/" + i + "/definicion").asText().startsWith(text.replaceFirst("…$", "")), text);
                    assertTrue(html.contains(escaped(text)), "the exported esencial says the same line: " + text);
                    lines++;
                }
            }
        }
        assertTrue(lines > 300, lines + " lines");
        // chuleta: the comparison tables and the most-asked distinctions, nothing of the modules.
        assertEquals(0, chuleta.get("modulos").size());
        assertFalse(chuleta.has("historias") || chuleta.has("examen"));
        assertEquals(groups, chuleta.get("grupos").size());
        assertTrue(chuleta.get("distinciones").size() >= 4);
        JsonNode first = chuleta.at("/distinciones/0");
        assertTrue(html.contains(escaped(first.get("lineaA").asText())) && first.get("preguntas").asInt() > 0, first.toString());
        assertEquals(10, ok("/api/resumen/esencial?alcance=certificacion").get("modulos").size());
    }

    @Test
    void everyTopicDiagramIsAnSvgFileTheViewerCanShow() throws Exception {
        JsonNode modules = ok("/api/resumen/esencial?alcance=certificacion").get("modulos");
        int topics = 0;
        for (JsonNode module : modules) {
            for (JsonNode topic : module.get("topics")) {
                JsonNode diagram = topic.get("diagrama");
                if (topic.get("lineas").isEmpty()) continue;
                assertEquals(topic.get("id").asText(), diagram.get("tema").asText());
                var svg = http.get("/api/diagram/topic/" + diagram.get("tema").asText() + ".svg", null);
                assertEquals(200, svg.statusCode(), svg.body());
                assertEquals("image/svg+xml; charset=utf-8", svg.headers().firstValue("Content-Type").orElse(""));
                assertTrue(svg.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
                assertEquals("nosniff", svg.headers().firstValue("X-Content-Type-Options").orElse(""));
                var root = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new org.xml.sax.InputSource(new java.io.StringReader(svg.body()))).getDocumentElement();
                assertEquals("svg", root.getTagName());
                assertEquals(diagram.get("ancho").asText(), root.getAttribute("width"));
                assertEquals(diagram.get("alto").asText(), root.getAttribute("height"));
                assertEquals(topic.get("lineas").size() >= 12 ? 12 : topic.get("lineas").size(), root.getElementsByTagName("rect").getLength());
                topics++;
            }
        }
        assertTrue(topics >= 40, topics + " topics");
        var unknown = http.get("/api/diagram/topic/no-hay-tal-tema.svg", null);
        assertEquals(404, unknown.statusCode());
        assertTrue(JSON.readTree(unknown.body()).get("error").asText().contains("No hay diagrama del tema «no-hay-tal-tema»"), unknown.body());
    }

    /** The complete edition's modules without what /api/resumen does not carry (topic ids and diagrams). */
    private static JsonNode stripped(JsonNode modules) {
        JsonNode copy = modules.deepCopy();
        for (JsonNode module : copy) {
            for (JsonNode topic : module.get("topics")) ((com.fasterxml.jackson.databind.node.ObjectNode) topic).remove(List.of("id", "diagrama"));
        }
        return copy;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
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
        "/api/questions?section=9|«section» debe ser un número de sección",
        "/api/resumen/breve|Edición del resumen desconocida «breve»: usa completo, esencial o chuleta",
        "/api/resumen/esencial?alcance=todo|«alcance» debe ser «curso»"})
    void badParametersAre400WithTheReason(String path, String reason) throws Exception {
        var response = http.get(path, null);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(JSON.readTree(response.body()).get("error").asText().contains(reason), response.body());
    }
}

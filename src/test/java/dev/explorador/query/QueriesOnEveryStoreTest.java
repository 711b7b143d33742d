package dev.explorador.query;

import dev.explorador.error.BadRequestException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every question a learner asks, on the real graph, with the same answers on memory, TDB2 and a remote Fuseki. */
class QueriesOnEveryStoreTest {
    private static StoreFixtures stores;

    @BeforeAll
    static void openStores() throws Exception {
        stores = new StoreFixtures();
    }

    @AfterAll
    static void closeStores() throws Exception {
        stores.close();
    }

    static Stream<Arguments> stores() {
        return Stream.of("memoria", "tdb2", "fuseki").map(name -> Arguments.of(name));
    }

    private static Explorer on(String store) {
        return stores.explorers().get(store);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void searchIgnoresAccentsCaseAndLanguage(String store) {
        Explorer explorer = on(store);
        assertEquals("inference-table", explorer.search("TABLA DE INFERÉNCIA", 5).get(0).concept().slug());
        assertEquals("inference-table", explorer.search("inference table", 5).get(0).concept().slug());
        assertEquals("unity-catalog", explorer.search("unity catalog", 5).get(0).concept().slug());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void searchFindsByPrefixAndForgivesTypos(String store) {
        Explorer explorer = on(store);
        assertTrue(slugs(explorer.search("pyf", 5)).contains("pyfunc"), "prefix");
        assertTrue(slugs(explorer.search("tab infer", 5)).contains("inference-table"), "word prefixes");
        assertEquals("pyfunc", explorer.search("pyfnuc", 5).get(0).concept().slug(), "swapped letters");
        assertTrue(slugs(explorer.search("unity catalg", 5)).contains("unity-catalog"), "missing letter");
        assertTrue(explorer.search("zzzzqqq", 5).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void searchFindsOldNamesAndRanksExactMatchesFirst(String store) {
        Explorer explorer = on(store);
        List<SearchHit> hits = explorer.search("Lakehouse Monitoring", 5);
        assertEquals("data-profiling", hits.get(0).concept().slug(), "the old name leads to the new concept");
        for (int i = 1; i < hits.size(); i++) assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), "ranked");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void theCardHasEveryFieldOfTheContract(String store) {
        Card card = on(store).card("pyfunc");
        assertEquals("pyfunc", card.concept().slug());
        assertNotNull(card.concept().labelEs());
        assertNotNull(card.concept().labelEn());
        assertNotNull(card.definicion());
        assertNotNull(card.definicionDatabricks());
        assertFalse(card.ejemplos().isEmpty());
        assertNotNull(card.consejoExamen());
        assertTrue(card.fuentes().stream().allMatch(u -> u.startsWith("https://")));
        assertEquals("https://explorador-genai.example/curso/mlflow", card.tema().topicIri());
        assertTrue(card.tema().moduleLabel().startsWith("Fundamentos"));
        assertFalse(card.relaciones().isEmpty());
        assertFalse(card.trampas().isEmpty(), "pyfunc has exam look-alikes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void relatedReadsEachRelationInItsDirection(String store) {
        RelatedResult result = on(store).related("inference-table", 1, List.of());
        assertTrue(result.entries().stream().anyMatch(e -> e.relationLabel().equals("se guarda en")
                && e.direction().equals("out") && e.concept().slug().equals("delta-table")));
        RelatedResult delta = on(store).related("delta-table", 1, List.of());
        assertTrue(delta.entries().stream().anyMatch(e -> e.relationLabel().equals("guarda")
                && e.direction().equals("in") && e.concept().slug().equals("inference-table")), "read backwards");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void relatedFiltersByRelationAndGrowsWithDepth(String store) {
        Explorer explorer = on(store);
        RelatedResult onlyTraps = explorer.related("inference-table", 1, List.of("seConfundeCon"));
        assertFalse(onlyTraps.entries().isEmpty());
        assertTrue(onlyTraps.entries().stream().allMatch(e -> e.relation().equals("gd:seConfundeCon")));
        int one = explorer.related("pyfunc", 1, List.of()).entries().size();
        RelatedResult two = explorer.related("pyfunc", 2, List.of());
        assertTrue(two.entries().size() > one);
        assertTrue(two.entries().stream().anyMatch(e -> e.depth() == 2));
        assertThrows(BadRequestException.class, () -> explorer.related("pyfunc", 4, List.of()));
        assertThrows(BadRequestException.class, () -> explorer.related("pyfunc", 1, List.of("noexiste")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void pyfuncReachesTheInferenceTableThroughNamedRelations(String store) {
        PathResult result = on(store).path("pyfunc", "Tabla de inferencia", 6, 3, List.of());
        assertFalse(result.paths().isEmpty());
        assertEquals(result.shortest(), result.paths().get(0).length(), "the shortest chain comes first");
        for (ConceptPath path : result.paths()) {
            assertTrue(path.length() >= result.shortest() && path.length() <= result.shortest() + PathService.EXTRA_HOPS);
            assertEquals("pyfunc", path.steps().get(0).from().slug());
            assertEquals("inference-table", path.steps().get(path.length() - 1).to().slug());
            for (int i = 1; i < path.length(); i++) {
                assertEquals(path.steps().get(i - 1).to(), path.steps().get(i).from(), "a chain");
            }
            assertTrue(path.steps().stream().allMatch(s -> s.label() != null && !s.label().isBlank()));
            assertTrue(path.sentence().contains(" → "));
        }
        assertTrue(on(store).path("pyfunc", "pyfunc", 6, 3, List.of()).paths().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aPathRestrictedToOneRelationMayNotExist(String store) {
        PathResult result = on(store).path("pyfunc", "inference-table", 3, 3, List.of("reemplazaA"));
        assertTrue(result.paths().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void theMindMapPlacesEveryNeighbourOnceUnderTheRoot(String store) {
        Explorer explorer = on(store);
        MindMapNode map = explorer.mindMap("model-serving", 2, List.of());
        Set<String> neighbours = new HashSet<>();
        explorer.related("model-serving", 1, List.of()).entries().forEach(e -> neighbours.add(e.concept().slug()));
        Set<String> children = new HashSet<>();
        map.children().forEach(c -> children.add(c.concept().slug()));
        assertEquals(neighbours, children);
        Set<String> all = new HashSet<>();
        collect(map, all);
        assertEquals(map.size(), all.size(), "no concept twice");
        assertTrue(map.children().stream().anyMatch(c -> !c.children().isEmpty()), "depth 2");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void statsCountTheGraph(String store) {
        Stats stats = on(store).stats();
        assertTrue(stats.nodesByClass().get("skos:Concept") >= 150);
        assertTrue(stats.nodesByClass().get("gd:Pregunta") >= 120);
        assertEquals(6, stats.nodesByClass().get("gd:SeccionExamen"));
        assertEquals(stats.links(), stats.linksByRelation().stream().mapToLong(Stats.Count::count).sum());
        assertEquals(100, stats.sections().stream().mapToInt(Stats.SectionCount::weight).sum(), "weights add up");
        Stats.SectionCount deploying = stats.sections().get(3);
        assertEquals(4, deploying.number());
        assertEquals(15, deploying.objectives(), "the guide lists 15 objectives in section 4");
        assertTrue(deploying.questions() >= 30 && deploying.concepts() >= 15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void anUnknownNameGetsSuggestions(String store) {
        UnknownConceptException e = assertThrows(UnknownConceptException.class, () -> on(store).resolve("tabla de inferensia"));
        assertFalse(e.ambiguous());
        assertTrue(e.suggestions().stream().anyMatch(c -> c.slug().equals("inference-table")));
        assertTrue(e.getMessage().contains("¿Quisiste decir"));
        assertEquals("model-serving", on(store).resolve("Model Serving").slug(), "English name");
    }

    private static List<String> slugs(List<SearchHit> hits) {
        return hits.stream().map(h -> h.concept().slug()).toList();
    }

    private static void collect(MindMapNode node, Set<String> into) {
        into.add(node.concept().slug());
        node.children().forEach(c -> collect(c, into));
    }
}

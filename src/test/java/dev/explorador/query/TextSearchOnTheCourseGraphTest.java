package dev.explorador.query;

import dev.explorador.error.BadRequestException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.TestGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Search inside every card and question of the course graph, and how it joins the search by name. */
class TextSearchOnTheCourseGraphTest {
    private static final Explorer explorer = TestGraph.explorer();

    private static String marked(SearchHit hit) {
        return hit.snippet().substring(hit.highlights().get(0).start(), hit.highlights().get(0).end());
    }

    @Test
    void aWordOnlyInsideCardsFindsThoseCardsWithTheFieldAndASnippet() {
        // "vacunas" is in no name: the name search finds nothing, the text search finds the cards that say it.
        boolean inAName = explorer.snapshot().concepts().stream().flatMap(c -> explorer.snapshot().names(c.iri()).stream())
                .anyMatch(n -> n.normalized().contains("vacuna"));
        assertFalse(inAName);
        List<SearchHit> hits = explorer.search("vacunas", 10, SearchScope.TEXT);
        List<SearchHit> cards = hits.stream().filter(h -> h.question() == null).toList();
        assertTrue(cards.stream().anyMatch(h -> h.concept().slug().equals("judge-retrieval-sufficiency")), hits::toString);
        for (SearchHit hit : hits) {
            assertTrue(hit.inText());
            // The singular "vacuna" is found too (Spanish stemming), with less weight.
            assertTrue(TextNormalizer.normalize(marked(hit)).startsWith("vacun"), hit.snippet());
            assertFalse(hit.field().equals(SearchHit.NAME_FIELD));
            assertFalse(hit.fieldLabel().isBlank());
            assertTrue(hit.score() >= 1 && hit.score() < 20);
        }
        assertTrue(hits.stream().anyMatch(h -> h.question() != null), "practice questions are searched too");
        assertEquals("vacunas", TextNormalizer.normalize(marked(hits.get(0))), "the exact word ranks first");
    }

    @Test
    void pluralsAndAccentsInsideTheText() {
        List<SearchHit> singular = explorer.search("alucinación", 20, SearchScope.TEXT);
        List<SearchHit> plural = explorer.search("ALUCINACIONES", 20, SearchScope.TEXT);
        assertFalse(singular.isEmpty());
        // The same cards and questions are found; ties may come in another order.
        assertEquals(singular.stream().map(h -> h.concept().slug() + h.question()).collect(java.util.stream.Collectors.toSet()),
                plural.stream().map(h -> h.concept().slug() + h.question()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void namesComeFirstThenTextMatchesOfOtherConceptsAndQuestions() {
        List<SearchHit> hits = explorer.search("tabla de inferencia", 20, SearchScope.ALL);
        assertEquals("inference-table", hits.get(0).concept().slug());
        int firstText = 0;
        while (firstText < hits.size() && !hits.get(firstText).inText()) firstText++;
        assertTrue(firstText > 0 && firstText < hits.size(), "names, then text");
        for (int i = firstText; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            assertTrue(hit.inText(), "no name hit after a text hit");
            if (hit.question() == null) {
                assertTrue(hits.subList(0, firstText).stream().noneMatch(n -> n.concept().equals(hit.concept())), "each card once");
            }
        }
        assertEquals(explorer.search("tabla de inferencia", 5), explorer.search("tabla de inferencia", 5, SearchScope.NAMES));
    }

    @Test
    void anUnknownScopeIsABadRequest() {
        assertThrows(BadRequestException.class, () -> SearchScope.parse("everywhere"));
        assertEquals(SearchScope.TEXT, SearchScope.parse("texto"));
        assertEquals(SearchScope.ALL, SearchScope.parse(null));
    }
}

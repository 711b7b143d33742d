package dev.explorador.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.FixtureGraph;
import dev.explorador.graph.Vocab;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fixture's two stories: read, cut at the concepts they name, each named concept linked once. */
class StoryServiceTest {
    private final StoryService service = new StoryService(FixtureGraph.explorer());

    @Test
    void storiesAreCutWhereTheirConceptsAreNamedAndLoseNoText() {
        Map<String, Story> stories = service.stories();
        assertEquals(Set.of(Vocab.COURSE + "m1", Vocab.COURSE + "ciclo-de-vida"), stories.keySet());
        for (Story s : stories.values()) {
            assertEquals(s.texto(), s.partes().stream().map(Story.Part::texto).collect(Collectors.joining()), "no text lost");
            Set<String> linked = new HashSet<>();
            s.partes().stream().filter(p -> p.concepto() != null).forEach(p -> assertTrue(linked.add(p.concepto().slug()), "once: " + p.texto()));
            Set<String> mentioned = s.menciones().stream().map(c -> c.slug()).collect(Collectors.toSet());
            assertTrue(mentioned.containsAll(linked));
            s.sinEnlace().forEach(c -> assertFalse(linked.contains(c.slug())));
            assertEquals(mentioned.size(), linked.size() + s.sinEnlace().size());
            assertFalse(s.fuentes().isEmpty());
        }
        Story topic = stories.get(Vocab.COURSE + "ciclo-de-vida");
        Story.Part lifecycle = topic.partes().stream().filter(p -> p.concepto() != null).findFirst().orElseThrow();
        assertEquals("ciclo de vida GenAI", lifecycle.texto(), "the longest name, as written");
        assertTrue(topic.sinEnlace().size() < topic.menciones().size() / 2, "most named concepts link inside the text");
    }

    @Test
    void nameFinderKeepsAccentsCaseAndWholeWords() {
        NameFinder finder = new NameFinder(Map.of("a", List.of("Evaluación fuera de línea"), "b", List.of("línea"),
                "c", List.of("RAG")), Set.of());
        List<NameFinder.Found> found = finder.find("La EVALUACION fuera de linea usa RAG, no fragmentos en línea.");
        assertEquals(List.of("a", "c", "b"), found.stream().map(NameFinder.Found::concept).toList());
        assertEquals(3, found.get(0).start());
        assertTrue(finder.find("fragmentos").isEmpty(), "whole words only");
        NameFinder acronyms = new NameFinder(Map.of("mas", List.of("MAS")), Set.of());
        assertTrue(acronyms.find("Es más rápido").isEmpty(), "an acronym is matched as written");
        assertEquals(1, acronyms.find("El MAS coordina").size());
    }
}

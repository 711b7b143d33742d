package dev.explorador.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.TestGraph;
import dev.explorador.graph.Vocab;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** "¿Cómo se conecta A con B?" on the course graph: different chains, real connections, longer alternatives. */
class PathsOnTheCourseGraphTest {
    private static final Explorer explorer = TestGraph.explorer();

    private static List<String> nodes(ConceptPath path) {
        List<String> nodes = new java.util.ArrayList<>(List.of(path.steps().get(0).from().slug()));
        path.steps().forEach(s -> nodes.add(s.to().slug()));
        return nodes;
    }

    private static Set<String> relationsUsed(PathResult result) {
        return result.paths().stream().flatMap(p -> p.steps().stream()).map(ConceptPath.Step::relation).collect(Collectors.toSet());
    }

    @Test
    void pyfuncToTheInferenceTableGivesDifferentChainsOfSeveralLengths() {
        PathResult result = explorer.path("pyfunc", "tabla de inferencia", 6, 10, List.of());
        List<List<String>> sequences = result.paths().stream().map(PathsOnTheCourseGraphTest::nodes).toList();
        assertEquals(sequences.size(), new HashSet<>(sequences).size(), "no sequence of concepts twice: " + sequences);
        assertTrue(result.paths().size() >= 5, "several chains: " + sequences);
        Set<Integer> lengths = result.paths().stream().map(ConceptPath::length).collect(Collectors.toSet());
        assertTrue(lengths.contains(result.shortest()) && lengths.contains(result.shortest() + 1),
                "the shortest chains and longer alternatives: " + lengths);
        assertTrue(lengths.stream().allMatch(n -> n <= result.shortest() + PathService.EXTRA_HOPS), lengths::toString);
        for (int i = 1; i < result.paths().size(); i++) {
            assertTrue(result.paths().get(i - 1).length() <= result.paths().get(i).length(), "shortest first");
        }
        for (List<String> nodes : sequences) assertEquals(nodes.size(), new HashSet<>(nodes).size(), "no concept twice in " + nodes);
        // The serving story: pyfunc is served by Model Serving, whose endpoint logs into the inference table.
        assertTrue(sequences.contains(List.of("pyfunc", "model-serving", "serving-endpoint", "inference-table")), sequences::toString);
    }

    @Test
    void trapsAndTheGenericRelationAreLeftOutUnlessAsked() {
        // The inference table and usage tracking are an exam trap of each other: a direct "se confunde con".
        PathResult strict = explorer.path("inference-table", "usage-tracking", 6, 10, List.of());
        assertEquals(List.of("gd:seConfundeCon", "skos:related"), strict.excludedRelations());
        assertFalse(strict.paths().isEmpty(), "they still connect through real relations");
        assertTrue(strict.shortest() > 1, "not through the trap");
        Set<String> used = relationsUsed(strict);
        assertFalse(used.contains("gd:seConfundeCon") || used.contains("skos:related"), used::toString);

        PathResult all = explorer.path("inference-table", "usage-tracking", 6, 10, List.of(), true);
        assertTrue(all.excludedRelations().isEmpty());
        assertEquals(1, all.shortest());
        assertEquals("gd:seConfundeCon", all.paths().get(0).steps().get(0).relation());
    }

    @Test
    void namingARelationStillFollowsIt() {
        PathResult result = explorer.path("inference-table", "usage-tracking", 2, 3, List.of("seConfundeCon"));
        assertEquals(1, result.shortest());
        assertTrue(result.excludedRelations().isEmpty());
    }

    @Test
    void withEveryRelationSpecificStepsRankBeforeGenericOnesOfTheSameLength() {
        PathResult result = explorer.path("pyfunc", "inference-table", 6, 10, List.of(), true);
        for (int i = 1; i < result.paths().size(); i++) {
            ConceptPath before = result.paths().get(i - 1);
            ConceptPath after = result.paths().get(i);
            if (before.length() == after.length()) {
                assertTrue(weakSteps(before) <= weakSteps(after), before.sentence() + " ranks before " + after.sentence());
            }
        }
    }

    private static int weakSteps(ConceptPath path) {
        return path.steps().stream().mapToInt(s -> s.relation().equals("gd:seConfundeCon") ? 2 : s.relation().equals("skos:related") ? 1 : 0).sum();
    }

    @Test
    void longerAlternativesAreRoutesOfTheirOwnNotDetours() {
        GraphSnapshot snapshot = explorer.snapshot();
        for (String[] ends : List.of(new String[] {"pyfunc", "inference-table"}, new String[] {"unity-catalog", "mlflow-tracing"})) {
            PathResult result = explorer.path(ends[0], ends[1], 6, 10, List.of());
            List<ConceptPath> longer = result.paths().stream().filter(p -> p.length() > result.shortest()).toList();
            assertFalse(longer.isEmpty(), "longer alternatives from " + ends[0]);
            for (ConceptPath path : longer) {
                List<String> nodes = nodes(path);
                for (int i = 0; i < nodes.size() - 2; i++) {
                    for (int j = i + 2; j < nodes.size(); j++) {
                        if (i == 0 && j == nodes.size() - 1) continue; // the ends may be linked: that is the shortest chain
                        String a = Vocab.conceptIri(nodes.get(i));
                        String b = Vocab.conceptIri(nodes.get(j));
                        boolean direct = snapshot.steps(a).stream().anyMatch(s -> s.other().equals(b)
                                && RelationTier.of(s.relation().iri()) == RelationTier.SPECIFIC);
                        assertFalse(direct, path.sentence() + " goes round the direct link " + nodes.get(i) + " – " + nodes.get(j));
                    }
                }
            }
        }
    }
}

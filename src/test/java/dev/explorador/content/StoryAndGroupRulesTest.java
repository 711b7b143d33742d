package dev.explorador.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.FixtureGraph;
import dev.explorador.TestGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules for the stories and comparison groups that exist, on the real graph and on the fixture (so the
 * rules are exercised even before the real content is merged). Completeness is {@link StoriesTest}.
 */
class StoryAndGroupRulesTest {
    @Test
    void existingStoriesKeepTheirWordRangeAndLinkEveryConceptTheyName() {
        assertEquals(List.of(), StoryRules.storyProblems(TestGraph.explorer()));
        assertEquals(List.of(), StoryRules.storyProblems(FixtureGraph.explorer()));
    }

    @Test
    void existingGroupsCompareAtLeastTwoConceptsOnThreeFilledAttributes() {
        assertEquals(List.of(), StoryRules.groupProblems(StoryRules.groups(TestGraph.explorer())));
        assertFalse(StoryRules.groups(FixtureGraph.explorer()).isEmpty());
        assertEquals(List.of(), StoryRules.groupProblems(StoryRules.groups(FixtureGraph.explorer())));
    }

    @Test
    void theRulesCatchABadGroup() {
        var group = StoryRules.groups(FixtureGraph.explorer()).get(0);
        var first = group.miembros().get(0);
        var emptied = new dev.explorador.compare.Member(first.concept(), first.definicion(), first.consejoExamen(), first.trampas(), java.util.Map.of());
        var bad = new dev.explorador.compare.ComparisonGroup(group.id(), group.iri(), group.label(), group.pregunta(), group.order(),
                group.atributos().subList(0, 2), List.of(emptied));
        assertTrue(StoryRules.groupProblems(List.of(bad)).size() >= 3, "one member, two attributes, values missing");
    }
}

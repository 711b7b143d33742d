package dev.explorador.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.TestGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #14's content is complete: every module and topic of the outline has its story («La idea»), and the
 * ontology has at least 12 comparison groups. Fails until ontology/historias.ttl and comparaciones.ttl are merged.
 */
class StoriesTest {
    @Test
    void everyModuleAndTopicHasItsStory() {
        assertEquals(List.of(), StoryRules.missingStories(TestGraph.explorer()));
    }

    @Test
    void atLeastTwelveComparisonGroups() {
        int groups = StoryRules.groups(TestGraph.explorer()).size();
        assertTrue(groups >= StoryRules.GROUPS, groups + " grupos de comparación");
    }
}

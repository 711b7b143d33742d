package dev.explorador.query;

import dev.explorador.error.BadRequestException;
import dev.explorador.graph.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tree from a root concept: breadth first, so each concept hangs from its nearest ancestor, and
 * appears once. Children are ordered by relation, then by name.
 */
public final class MindMapService {
    public static final int MAX_DEPTH = 4;
    private final GraphSnapshot snapshot;

    public MindMapService(GraphSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    public MindMapNode tree(ConceptRef root, int depth, RelationFilter filter) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new BadRequestException("La profundidad del mapa debe estar entre 1 y " + MAX_DEPTH + " (se pidió " + depth + ")");
        }
        Set<String> placed = new HashSet<>(Set.of(root.iri()));
        Map<String, List<Child>> childrenOf = new LinkedHashMap<>();
        List<String> level = List.of(root.iri());
        for (int d = 1; d <= depth && !level.isEmpty(); d++) {
            List<String> next = new ArrayList<>();
            for (String parent : level) {
                List<Child> children = new ArrayList<>();
                for (GraphSnapshot.Step step : snapshot.steps(parent)) {
                    if (!filter.allows(step.relation().iri()) || placed.contains(step.other())) continue;
                    placed.add(step.other());
                    next.add(step.other());
                    children.add(new Child(step.other(), Vocab.shortForm(step.relation().iri()), step.relation().read(step.forward())));
                }
                children.sort(Comparator.comparing(Child::label).thenComparing(c -> label(c.iri())));
                childrenOf.put(parent, children);
            }
            level = next;
        }
        return build(root.iri(), null, null, childrenOf);
    }

    private record Child(String iri, String relation, String label) {}

    private MindMapNode build(String iri, String relation, String label, Map<String, List<Child>> childrenOf) {
        List<MindMapNode> children = childrenOf.getOrDefault(iri, List.of()).stream()
                .map(c -> build(c.iri(), c.relation(), c.label(), childrenOf))
                .toList();
        return new MindMapNode(snapshot.concept(iri).orElseThrow(), relation, label, children);
    }

    private String label(String iri) {
        return snapshot.concept(iri).map(ConceptRef::label).orElse(iri);
    }
}

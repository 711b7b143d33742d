package dev.explorador.query;

import java.util.HashMap;
import java.util.Map;

/**
 * How much a relation tells, measured on the graph itself: a relation on few links ("sirve", "registra los datos
 * de") says more than one on hundreds ("usa", "es parte de"). The information content ln(links / links of the
 * relation), with the generic relation and the exam trap below every typed relation.
 */
final class RelationSpecificity {
    private final Map<String, Double> information = new HashMap<>();

    RelationSpecificity(GraphSnapshot snapshot) {
        Map<String, Integer> count = new HashMap<>();
        for (Edge edge : snapshot.edges()) count.merge(edge.relation(), 1, Integer::sum);
        double total = Math.max(1, snapshot.edges().size());
        count.forEach((relation, n) -> information.put(relation, Math.log(total / n)));
    }

    /** Higher is more specific; generic and trap relations score below zero whatever their counts. */
    double of(String relationIri) {
        return switch (RelationTier.of(relationIri)) {
            case SPECIFIC -> information.getOrDefault(relationIri, 0.0);
            case GENERIC -> -1;
            case TRAP -> -2;
        };
    }
}

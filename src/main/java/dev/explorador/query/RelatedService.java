package dev.explorador.query;

import dev.explorador.error.BadRequestException;
import dev.explorador.graph.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Neighbours of a concept in both directions, level by level, each relation read the way it goes:
 * "se guarda en" forwards, "guarda" backwards. It walks the snapshot's links (read once from the store
 * with edges.rq), so each answer costs the same on memory, TDB2 or a remote endpoint.
 */
public final class RelatedService {
    public static final int MAX_DEPTH = 3;
    private final GraphSnapshot snapshot;

    public RelatedService(GraphSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    public RelatedResult related(ConceptRef root, int depth, RelationFilter filter) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new BadRequestException("La profundidad debe estar entre 1 y " + MAX_DEPTH + " (se pidió " + depth + ")");
        }
        List<RelatedEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(root.iri()));
        Set<String> listed = new HashSet<>(); // from|label|to: a symmetric link written both ways is listed once
        Set<String> frontier = new LinkedHashSet<>(Set.of(root.iri()));
        for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
            Set<String> next = new LinkedHashSet<>();
            for (String fromIri : frontier) {
                ConceptRef from = snapshot.concept(fromIri).orElseThrow();
                for (GraphSnapshot.Step step : snapshot.steps(fromIri)) {
                    if (!filter.allows(step.relation().iri())) continue;
                    // Level 1 lists every link of the root; deeper levels only reach concepts not yet seen.
                    if (level > 1 && seen.contains(step.other())) continue;
                    String label = step.relation().read(step.forward());
                    if (!listed.add(fromIri + "|" + label + "|" + step.other())) continue;
                    ConceptRef other = snapshot.concept(step.other()).orElseThrow();
                    entries.add(new RelatedEntry(from, Vocab.shortForm(step.relation().iri()), label,
                            step.forward() ? "out" : "in", other, level));
                    if (!seen.contains(step.other())) next.add(step.other());
                }
            }
            seen.addAll(next);
            frontier = next;
        }
        entries.sort(Comparator.comparingInt(RelatedEntry::depth)
                .thenComparing(RelatedEntry::relationLabel)
                .thenComparing(e -> e.concept().label()));
        return new RelatedResult(root, depth, List.copyOf(entries));
    }
}

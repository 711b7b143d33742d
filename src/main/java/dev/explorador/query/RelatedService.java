package dev.explorador.query;

import dev.explorador.graph.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.QuerySolution;

/**
 * Neighbours of a concept in both directions, one SPARQL query per level (neighbours.rq),
 * each relation read the way it goes: "se guarda en" forwards, "guarda" backwards.
 */
public final class RelatedService {
    public static final int MAX_DEPTH = 3;
    private final QueryRunner runner;
    private final GraphSnapshot snapshot;

    public RelatedService(QueryRunner runner, GraphSnapshot snapshot) {
        this.runner = runner;
        this.snapshot = snapshot;
    }

    public RelatedResult related(ConceptRef root, int depth, RelationFilter filter) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new BadRequestException("La profundidad debe estar entre 1 y " + MAX_DEPTH + " (se pidió " + depth + ")");
        }
        List<RelatedEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(root.iri()));
        Set<String> frontier = new LinkedHashSet<>(Set.of(root.iri()));
        Set<String> listed = new HashSet<>(); // from|label|to: a symmetric link written both ways is listed once
        for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
            Set<String> next = new LinkedHashSet<>();
            for (QuerySolution row : runner.select(SparqlQueries.withValues("neighbours", "from", List.copyOf(frontier)))) {
                RelatedEntry entry = entry(row, level, filter);
                if (entry == null) continue;
                // Level 1 lists every link of the root; deeper levels only reach concepts not yet seen.
                if (level > 1 && seen.contains(entry.concept().iri())) continue;
                if (!listed.add(entry.from().iri() + "|" + entry.relationLabel() + "|" + entry.concept().iri())) continue;
                entries.add(entry);
                if (!seen.contains(entry.concept().iri())) next.add(entry.concept().iri());
            }
            seen.addAll(next);
            frontier = next;
        }
        entries.sort(Comparator.comparingInt(RelatedEntry::depth)
                .thenComparing(RelatedEntry::relationLabel)
                .thenComparing(e -> e.concept().label()));
        return new RelatedResult(root, depth, List.copyOf(entries));
    }

    private RelatedEntry entry(QuerySolution row, int level, RelationFilter filter) {
        String relationIri = row.getResource("relation").getURI();
        if (!filter.allows(relationIri)) return null;
        var relation = snapshot.relation(relationIri);
        var from = snapshot.concept(row.getResource("from").getURI());
        var other = snapshot.concept(row.getResource("other").getURI());
        if (relation.isEmpty() || from.isEmpty() || other.isEmpty()) return null;
        boolean forward = "out".equals(row.getLiteral("direction").getString());
        return new RelatedEntry(from.get(), Vocab.shortForm(relationIri), relation.get().read(forward),
                forward ? "out" : "in", other.get(), level);
    }
}

package dev.explorador.query;

import dev.explorador.error.BadRequestException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns what a person typed (slug, Spanish or English name, any accents or case) into one concept. */
public final class ConceptResolver {
    private static final int SUGGESTIONS = 5;
    private final GraphSnapshot snapshot;
    private final SearchService search;

    public ConceptResolver(GraphSnapshot snapshot, SearchService search) {
        this.snapshot = snapshot;
        this.search = search;
    }

    public ConceptRef resolve(String name) {
        if (name == null || name.isBlank()) throw new BadRequestException("Falta el nombre del concepto");
        var bySlug = snapshot.bySlug(name.trim());
        if (bySlug.isPresent()) return bySlug.get();
        String folded = TextNormalizer.normalize(name);
        Set<ConceptRef> exact = new LinkedHashSet<>();
        Set<ConceptRef> exactPreferred = new LinkedHashSet<>();
        for (ConceptRef concept : snapshot.concepts()) {
            for (GraphSnapshot.Name n : snapshot.names(concept.iri())) {
                if (n.normalized().equals(folded)) {
                    exact.add(concept);
                    if (n.preferred()) exactPreferred.add(concept);
                }
            }
        }
        if (exactPreferred.size() == 1) return exactPreferred.iterator().next();
        if (exact.size() == 1) return exact.iterator().next();
        if (exact.size() > 1) throw new UnknownConceptException(name, List.copyOf(exact), true);
        List<ConceptRef> suggestions = search.search(name, SUGGESTIONS).stream().map(SearchHit::concept).toList();
        throw new UnknownConceptException(name, suggestions, false);
    }
}

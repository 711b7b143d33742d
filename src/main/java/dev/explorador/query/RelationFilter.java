package dev.explorador.query;

import dev.explorador.error.BadRequestException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which relations a walk may follow: all of them, those named ("usa", "gd:seGuardaEn", "skos:broader"),
 * or every relation that carries meaning (all but the exam trap "se confunde con" and the generic "se relaciona con").
 */
public final class RelationFilter {
    private final Set<String> allowed; // null = every relation not excluded
    private final Set<String> excluded;

    private RelationFilter(Set<String> allowed, Set<String> excluded) {
        this.allowed = allowed;
        this.excluded = excluded;
    }

    public static RelationFilter all() {
        return new RelationFilter(null, Set.of());
    }

    /** Every relation but the trap and the generic one: what a chain of "¿cómo se conecta?" should follow. */
    public static RelationFilter meaningful() {
        return new RelationFilter(null, Set.of(RelationTier.CONFUSED_WITH, RelationTier.RELATED));
    }

    /** The named relations when there are any; otherwise all of them, or only the meaningful ones. */
    public static RelationFilter parse(List<String> names, GraphSnapshot snapshot, boolean allRelations) {
        RelationFilter named = parse(names, snapshot);
        if (named.allowed != null || allRelations) return named;
        return meaningful();
    }

    /** Parses relation names; an unknown one is a {@link BadRequestException} listing the valid names. */
    public static RelationFilter parse(List<String> names, GraphSnapshot snapshot) {
        if (names == null || names.stream().allMatch(n -> n == null || n.isBlank())) return all();
        Set<String> allowed = new LinkedHashSet<>();
        for (String raw : names) {
            for (String name : raw.split(",")) {
                if (name.isBlank()) continue;
                allowed.add(find(name.trim(), snapshot).iri());
            }
        }
        return new RelationFilter(allowed, Set.of());
    }

    private static RelationType find(String name, GraphSnapshot snapshot) {
        String folded = TextNormalizer.normalize(name);
        for (RelationType type : snapshot.relations()) {
            String local = type.id().substring(type.id().indexOf(':') + 1);
            if (name.equals(type.iri()) || name.equals(type.id()) || name.equals(local)
                    || folded.equals(TextNormalizer.normalize(type.label()))) {
                return type;
            }
        }
        String valid = snapshot.relations().stream().map(RelationType::id).collect(Collectors.joining(", "));
        throw new BadRequestException("Relación desconocida «" + name + "». Las relaciones son: " + valid);
    }

    public boolean allows(String relationIri) {
        if (excluded.contains(relationIri)) return false;
        return allowed == null || allowed.contains(relationIri);
    }

    /** The relations left out although nobody named a list (the trap and the generic one, by default). */
    public Set<String> excluded() {
        return excluded;
    }
}

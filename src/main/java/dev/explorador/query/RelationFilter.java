package dev.explorador.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Which relations a walk may follow: all of them, or those named ("usa", "gd:seGuardaEn", "skos:broader"). */
public final class RelationFilter {
    private final Set<String> allowed; // null = every relation

    private RelationFilter(Set<String> allowed) {
        this.allowed = allowed;
    }

    public static RelationFilter all() {
        return new RelationFilter(null);
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
        return new RelationFilter(allowed);
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
        return allowed == null || allowed.contains(relationIri);
    }
}

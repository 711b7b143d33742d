package dev.explorador.query;

import dev.explorador.graph.Vocab;

/**
 * How much a relation says about how two concepts connect. A typed relation ("sirve", "se guarda en") is
 * specific; "se relaciona con" (skos:related) only says that there is some link; "se confunde con" is an
 * exam trap: the two concepts look alike, it is no connection at all.
 */
public enum RelationTier {
    SPECIFIC, GENERIC, TRAP;

    public static final String RELATED = Vocab.SKOS + "related";
    public static final String CONFUSED_WITH = Vocab.GD + "seConfundeCon";

    public static RelationTier of(String relationIri) {
        if (CONFUSED_WITH.equals(relationIri)) return TRAP;
        if (RELATED.equals(relationIri)) return GENERIC;
        return SPECIFIC;
    }

    /** The cost of one step along a relation of this tier when chains are ranked. */
    int cost() {
        return ordinal();
    }
}

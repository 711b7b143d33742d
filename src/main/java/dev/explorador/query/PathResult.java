package dev.explorador.query;

import java.util.List;

/**
 * The answer to "¿cómo se conecta A con B?": different chains, the shortest first and then up to
 * {@link PathService#EXTRA_HOPS} hops longer; {@code shortest} is the fewest hops (0 when there is no chain),
 * {@code excludedRelations} the relations left out unless asked for (the exam trap and the generic one).
 */
public record PathResult(ConceptRef from, ConceptRef to, int maxLength, int shortest, List<String> excludedRelations,
                         List<ConceptPath> paths) {}

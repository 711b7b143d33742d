package dev.explorador.query;

import java.util.List;

/** The answer to "¿cómo se conecta A con B?": every shortest chain found (up to a cap); empty when none. */
public record PathResult(ConceptRef from, ConceptRef to, int maxLength, List<ConceptPath> paths) {}

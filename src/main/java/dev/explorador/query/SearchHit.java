package dev.explorador.query;

/** A search result: the concept, the name that matched and how well (higher is better). */
public record SearchHit(ConceptRef concept, String matched, int score) {}

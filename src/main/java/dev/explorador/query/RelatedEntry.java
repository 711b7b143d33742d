package dev.explorador.query;

/**
 * One neighbour: {@code from} —relation read in the right direction→ {@code concept}, found at {@code depth}.
 * {@code direction} is "out" when the graph says from → concept, "in" when it says concept → from.
 */
public record RelatedEntry(ConceptRef from, String relation, String relationLabel, String direction, ConceptRef concept,
                           int depth) {}

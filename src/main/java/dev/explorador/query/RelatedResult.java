package dev.explorador.query;

import java.util.List;

/** The answer to "¿qué se relaciona con X?": the root and its neighbours up to a depth. */
public record RelatedResult(ConceptRef root, int depth, List<RelatedEntry> entries) {}

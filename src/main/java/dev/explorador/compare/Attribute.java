package dev.explorador.compare;

/** A comparable attribute (gd:AtributoComparable): one row of a comparison table, e.g. «Cuándo usarlo». */
public record Attribute(String id, String iri, String label, int order) {}

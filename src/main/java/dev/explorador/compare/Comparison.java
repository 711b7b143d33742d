package dev.explorador.compare;

import java.util.List;

/** Concepts picked by the reader, side by side: every attribute any of them has, and each one's values. */
public record Comparison(List<Attribute> atributos, List<Member> miembros, List<ComparisonGroup> grupos) {}

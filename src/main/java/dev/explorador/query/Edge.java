package dev.explorador.query;

/** One typed link between two concepts, as written in the graph (from → to). */
public record Edge(String from, String relation, String to) {}

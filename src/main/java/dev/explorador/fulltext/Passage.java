package dev.explorador.fulltext;

/**
 * One piece of text to index: whose it is (a concept or question IRI), which field of its card it comes from
 * ("definicion", "consejoExamen", "enunciado"...), whether that field is a name, and the text itself.
 */
public record Passage(String entity, String field, boolean name, String text) {}

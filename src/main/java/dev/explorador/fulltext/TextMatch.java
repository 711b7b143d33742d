package dev.explorador.fulltext;

import java.util.List;

/**
 * A full-text hit: the entity, the field that matched best, a snippet of that field's text and where in the
 * snippet the matched words are ({@code [start, end)} character offsets), and Lucene's score (names weigh more).
 */
public record TextMatch(String entity, String field, boolean name, String snippet, List<Span> highlights, double score) {
    /** The matched words at {@code [start, end)} of the snippet. */
    public record Span(int start, int end) {}
}

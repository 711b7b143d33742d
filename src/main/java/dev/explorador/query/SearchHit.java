package dev.explorador.query;

import dev.explorador.fulltext.TextMatch;
import java.util.List;

/**
 * A search result: the concept, the name that matched and how well (higher is better; a name match scores 20 or
 * more, a match inside a card's text 1 to 19). A match inside the text also says in which field ({@code field},
 * and {@code fieldLabel} in Spanish), a snippet of it and where the matched words are in the snippet; when the
 * text is a practice question's, {@code question} is its id and {@code concept} a concept it tests.
 */
public record SearchHit(ConceptRef concept, String matched, int score, String field, String fieldLabel, String snippet,
                        List<TextMatch.Span> highlights, String question) {
    public static final String NAME_FIELD = "nombre";

    /** A match on one of the concept's names. */
    public SearchHit(ConceptRef concept, String matched, int score) {
        this(concept, matched, score, NAME_FIELD, "Nombre", null, List.of(), null);
    }

    public boolean inText() {
        return snippet != null;
    }
}

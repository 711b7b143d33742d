package dev.explorador.query;

/** A concept as other answers point at it: its slug, IRI, two names and its kind. */
public record ConceptRef(String slug, String iri, String labelEs, String labelEn, String kind, String kindLabel) {
    /** The name to show a Spanish reader (Spanish, then English, then the slug). */
    public String label() {
        if (labelEs != null) return labelEs;
        return labelEn != null ? labelEn : slug;
    }
}

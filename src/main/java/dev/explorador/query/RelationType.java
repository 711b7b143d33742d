package dev.explorador.query;

import dev.explorador.graph.Vocab;

/** A relation of the vocabulary and how it reads in Spanish, forwards and backwards. */
public record RelationType(String iri, String label, String inverseLabel, boolean symmetric) {
    /** Short id used in URLs and the CLI: {@code gd:usa}, {@code skos:broader}. */
    public String id() {
        return Vocab.shortForm(iri);
    }

    public String read(boolean forward) {
        return forward || inverseLabel == null ? label : inverseLabel;
    }
}

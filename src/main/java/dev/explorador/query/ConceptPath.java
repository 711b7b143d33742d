package dev.explorador.query;

import java.util.List;

/** One chain of relations from a concept to another, and the sentence that reads it. */
public record ConceptPath(List<Step> steps, String sentence) {
    /** from —label→ to, where label is the relation read in the direction walked. */
    public record Step(ConceptRef from, String relation, String label, String direction, ConceptRef to) {}

    public int length() {
        return steps.size();
    }
}

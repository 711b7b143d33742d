package dev.explorador.course;

import dev.explorador.query.ConceptRef;
import java.util.List;

/** A practice question: stem, options (with why each is right or wrong), its section and the concepts it tests. */
public record Question(String iri, String id, String stem, String explanation, String section, String sectionLabel,
                       String objective, String objectiveLabel, boolean multiple, List<Option> options,
                       List<ConceptRef> concepts) {
    public record Option(String letter, String text, boolean correct, String explanation) {}
}

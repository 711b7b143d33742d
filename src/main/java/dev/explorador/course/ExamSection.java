package dev.explorador.course;

import dev.explorador.query.ConceptRef;
import java.util.List;

/** An exam section with its weight and objectives, each with the concepts that teach it. */
public record ExamSection(String iri, String id, int number, String label, String labelEn, int weight, boolean inScope,
                          List<Objective> objectives) {
    public record Objective(String iri, String id, int number, String label, boolean inScope, List<ConceptRef> concepts) {}
}

package dev.explorador.course;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.explorador.query.Card;
import dev.explorador.query.ConceptRef;
import java.util.List;

/** The course in order: modules, their topics and the concepts of each topic (as references or as full cards). */
public final class Outline {
    private Outline() {}

    /** outsideCourse: one of the modules beyond the course that hold the rest of the exam (gd:fueraDelCurso). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Module(String iri, String label, String labelEn, int order, String description, boolean outsideCourse, List<Topic> topics) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Topic(String iri, String label, String labelEn, int order, List<ConceptRef> concepts, List<Card> cards) {}
}

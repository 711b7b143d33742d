package dev.explorador.export;

import dev.explorador.TestGraph;
import dev.explorador.course.CourseService;
import dev.explorador.course.Question;
import dev.explorador.course.Scope;
import dev.explorador.query.ConceptRef;
import dev.explorador.query.Explorer;
import java.util.Collection;
import java.util.List;

/** The real graph and what the export tests compare against, built once per test JVM. */
final class Exports {
    private static StudyGuide guide;
    private static List<Question> questions;

    private Exports() {}

    static Explorer explorer() {
        return TestGraph.explorer();
    }

    static synchronized CourseService course() {
        return new CourseService(explorer());
    }

    static synchronized StudyGuide guide() {
        if (guide == null) guide = StudyGuide.build(explorer(), Scope.CERTIFICACION); // every concept: the tests count against the graph
        return guide;
    }

    static synchronized List<Question> questions() {
        if (questions == null) questions = course().questions(null, null);
        return questions;
    }

    /** Every skos:Concept of the graph. */
    static Collection<ConceptRef> concepts() {
        return explorer().snapshot().concepts();
    }
}

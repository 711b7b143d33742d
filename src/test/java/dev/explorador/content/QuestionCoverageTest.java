package dev.explorador.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.TestGraph;
import dev.explorador.course.ExamSection;
import dev.explorador.course.CourseService;
import dev.explorador.course.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Enough practice questions for six distinct mock exams with the exam's weights: a minimum per section, and every
 * objective of the exam guide tested by at least three questions.
 */
class QuestionCoverageTest {
    private static final Map<Integer, Integer> MINIMUM_PER_SECTION = Map.of(1, 36, 2, 36, 3, 84, 4, 84, 5, 24, 6, 54);
    private static final int MINIMUM_PER_OBJECTIVE = 3;
    private static final int MINIMUM_TOTAL = 320;

    private final CourseService course = new CourseService(TestGraph.explorer());

    @Test
    void everySectionAndEveryObjectiveHasEnoughQuestions() {
        List<Question> questions = course.questions(null, null);
        assertTrue(questions.size() >= MINIMUM_TOTAL, questions.size() + " questions");
        List<String> short_ = new ArrayList<>();
        for (ExamSection section : course.exam()) {
            long inSection = questions.stream().filter(q -> (section.iri().equals(q.section()) || section.id().equals(q.section()))).count();
            int minimum = MINIMUM_PER_SECTION.get(section.number());
            if (inSection < minimum) short_.add("sección " + section.number() + ": " + inSection + " < " + minimum);
            for (ExamSection.Objective objective : section.objectives()) {
                long tested = questions.stream().filter(q -> (objective.iri().equals(q.objective()) || objective.id().equals(q.objective()))).count();
                if (tested < MINIMUM_PER_OBJECTIVE) short_.add(objective.id() + ": " + tested + " preguntas");
            }
        }
        assertTrue(short_.isEmpty(), String.join("\n", short_));
    }
}

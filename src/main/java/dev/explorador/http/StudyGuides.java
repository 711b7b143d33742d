package dev.explorador.http;

import dev.explorador.course.CourseService;
import dev.explorador.course.Scope;
import dev.explorador.export.StudyGuide;
import dev.explorador.query.Explorer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The study guide of each scope, built once and shared by the exports and the viewer's Resumen (the graph does not change while served). */
final class StudyGuides {
    private final Supplier<Explorer> explorer;
    private final Supplier<CourseService> course;
    private final Map<Scope, StudyGuide> guides = new ConcurrentHashMap<>();

    StudyGuides(Supplier<Explorer> explorer, Supplier<CourseService> course) {
        this.explorer = explorer;
        this.course = course;
    }

    StudyGuide of(Scope scope) {
        return guides.computeIfAbsent(scope, s -> StudyGuide.build(course.get(), explorer.get(), s));
    }
}

package dev.explorador.export;

import dev.explorador.compare.CompareService;
import dev.explorador.compare.ComparisonGroup;
import dev.explorador.course.CourseService;
import dev.explorador.course.ExamSection;
import dev.explorador.course.Outline;
import dev.explorador.course.Scope;
import dev.explorador.query.Card;
import dev.explorador.query.Explorer;
import dev.explorador.story.Story;
import dev.explorador.story.StoryService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
/**
 * Everything the study summary shows, read once from the graph: the course in order with full cards and the
 * story of each module and topic, the exam sections, the glossary, the comparison groups and the most-asked
 * distinctions. Markdown, HTML and PDF render this same object, in any {@link Edition}.
 * Two scopes: the course alone (modules 1–6) or the whole certification (modules 1–10).
 */
public record StudyGuide(Scope scope, String title, String titleEn, List<Outline.Module> modules, List<ExamSection> exam,
                         List<Glossary.Entry> glossary, List<ComparisonGroup> groups, List<CheatSheet.Distinction> distinctions,
                         Map<String, Story> stories, Map<String, TopicDiagram> diagrams) {
    /** The course scheme's names (c:curso in ontology/vocabulario.ttl). */
    public static final String TITLE = "Despliegue y monitoreo de aplicaciones de IA generativa en Databricks";
    public static final String TITLE_EN = "Generative AI Application Deployment and Monitoring";
    /** The whole certification: the course and the rest of the exam. */
    public static final String CERTIFICATION_TITLE = "Certificación Generative AI Engineer Associate: el curso y el resto del examen";
    public static final String CERTIFICATION_TITLE_EN = "Databricks Certified Generative AI Engineer Associate";

    public static StudyGuide build(Explorer explorer) {
        return build(new CourseService(explorer), explorer, Scope.DEFAULT);
    }

    public static StudyGuide build(Explorer explorer, Scope scope) {
        return build(new CourseService(explorer), explorer, scope);
    }

    public static StudyGuide build(CourseService course, Explorer explorer) {
        return build(course, explorer, Scope.DEFAULT);
    }

    public static StudyGuide build(CourseService course, Explorer explorer, Scope scope) {
        List<Outline.Module> modules = course.summary(scope);
        List<Card> cards = cards(modules);
        List<ComparisonGroup> groups = new CompareService(explorer).groups();
        Map<String, TopicDiagram> diagrams = new LinkedHashMap<>();
        modules.forEach(m -> m.topics().forEach(t -> diagrams.put(t.iri(),
                TopicDiagram.of(t.iri(), t.cards().stream().map(Card::concept).toList(), explorer.snapshot()))));
        boolean whole = scope == Scope.CERTIFICACION;
        return new StudyGuide(scope, whole ? CERTIFICATION_TITLE : TITLE, whole ? CERTIFICATION_TITLE_EN : TITLE_EN, modules,
                course.exam(), Glossary.of(cards), groups, CheatSheet.of(cards, groups),
                new StoryService(explorer).stories(), Map.copyOf(diagrams));
    }

    /** How the summary is ordered, for its first paragraph. */
    public String orderNote() {
        return scope == Scope.CERTIFICACION
                ? "en orden: los seis módulos del curso y después los módulos " + (modules.isEmpty() ? "" : "7–" + modules.get(modules.size() - 1).order())
                        + ", con el resto del examen"
                : "en el orden del curso (módulos 1–6; la edición «certificación» añade los módulos con el resto del examen)";
    }

    /** The note under an exam section that the course does not cover. */
    public String outOfCourseNote() {
        return scope == Scope.CERTIFICACION
                ? "Fuera del curso: la preparan sobre todo los módulos 7–10 de esta edición."
                : "Fuera del alcance de este curso: se cubre solo en parte (la edición «certificación» añade sus módulos).";
    }

    /** Every card, in course order. */
    public List<Card> cards() {
        return cards(modules);
    }

    /** The story of a module or topic, when the graph has one. */
    public Optional<Story> story(String outlineIri) {
        return Optional.ofNullable(outlineIri == null ? null : stories.get(outlineIri));
    }

    private static List<Card> cards(List<Outline.Module> modules) {
        return modules.stream().flatMap(m -> m.topics().stream()).flatMap(t -> t.cards().stream()).toList();
    }

    /** Slugs of the concepts the summary shows, so links inside it only point at anchors that exist. */
    Map<String, Card> bySlug() {
        Map<String, Card> bySlug = new LinkedHashMap<>();
        cards().forEach(c -> bySlug.put(c.concept().slug(), c));
        return bySlug;
    }
}

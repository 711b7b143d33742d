package dev.explorador.export;

import dev.explorador.course.CourseService;
import dev.explorador.course.ExamSection;
import dev.explorador.course.Outline;
import dev.explorador.query.Card;
import dev.explorador.query.Explorer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the study summary shows, read once from the graph: the course in order with full cards,
 * the exam sections, the glossary and the cheat sheet. Markdown, HTML and PDF render this same object.
 */
public record StudyGuide(String title, String titleEn, List<Outline.Module> modules, List<ExamSection> exam,
                         List<Glossary.Entry> glossary, List<CheatSheet.Group> cheatSheet) {
    /** The course scheme's names (c:curso in ontology/vocabulario.ttl). */
    public static final String TITLE = "Despliegue y monitoreo de aplicaciones de IA generativa en Databricks";
    public static final String TITLE_EN = "Generative AI Application Deployment and Monitoring";

    public static StudyGuide build(Explorer explorer) {
        return build(new CourseService(explorer));
    }

    public static StudyGuide build(CourseService course) {
        List<Outline.Module> modules = course.summary();
        List<Card> cards = cards(modules);
        return new StudyGuide(TITLE, TITLE_EN, modules, course.exam(), Glossary.of(cards), CheatSheet.of(cards));
    }

    /** Every card, in course order. */
    public List<Card> cards() {
        return cards(modules);
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

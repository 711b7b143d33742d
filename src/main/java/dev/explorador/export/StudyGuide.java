package dev.explorador.export;

import dev.explorador.compare.CompareService;
import dev.explorador.compare.ComparisonGroup;
import dev.explorador.course.CourseService;
import dev.explorador.course.ExamSection;
import dev.explorador.course.Outline;
import dev.explorador.query.Card;
import dev.explorador.query.Explorer;
import dev.explorador.story.Story;
import dev.explorador.story.StoryService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the study summary shows, read once from the graph: the course in order with full cards and the
 * story of each module and topic, the exam sections, the glossary, the comparison groups and the most-asked
 * distinctions. Markdown, HTML and PDF render this same object, in any {@link Edition}.
 */
public record StudyGuide(String title, String titleEn, List<Outline.Module> modules, List<ExamSection> exam,
                         List<Glossary.Entry> glossary, List<ComparisonGroup> groups, List<CheatSheet.Distinction> distinctions,
                         Map<String, Story> stories, Map<String, TopicDiagram> diagrams) {
    /** The course scheme's names (c:curso in ontology/vocabulario.ttl). */
    public static final String TITLE = "Despliegue y monitoreo de aplicaciones de IA generativa en Databricks";
    public static final String TITLE_EN = "Generative AI Application Deployment and Monitoring";

    public static StudyGuide build(Explorer explorer) {
        return build(new CourseService(explorer), explorer);
    }

    public static StudyGuide build(CourseService course, Explorer explorer) {
        List<Outline.Module> modules = course.summary();
        List<Card> cards = cards(modules);
        List<ComparisonGroup> groups = new CompareService(explorer).groups();
        Map<String, TopicDiagram> diagrams = new LinkedHashMap<>();
        modules.forEach(m -> m.topics().forEach(t -> diagrams.put(t.iri(),
                TopicDiagram.of(t.iri(), t.cards().stream().map(Card::concept).toList(), explorer.snapshot()))));
        return new StudyGuide(TITLE, TITLE_EN, modules, course.exam(), Glossary.of(cards), groups, CheatSheet.of(cards, groups),
                new StoryService(explorer).stories(), Map.copyOf(diagrams));
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

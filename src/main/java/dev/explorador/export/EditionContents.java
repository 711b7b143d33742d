package dev.explorador.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.explorador.compare.ComparisonGroup;
import dev.explorador.course.ExamSection;
import dev.explorador.course.Outline;
import dev.explorador.query.Card;
import dev.explorador.query.ConceptRef;
import dev.explorador.story.Story;
import java.util.List;
import java.util.Map;

/**
 * One edition of the study summary as the viewer reads it (JSON): the same parts the Markdown, HTML and PDF
 * exports write, chosen by the same {@link Edition} and cut by the same {@link Essentials} and {@link CheatSheet},
 * so the viewer's «esencial» and the exported «esencial» show the same thing. Parts an edition leaves out are absent;
 * {@code notaFueraDelCurso} goes under an exam section the course does not cover.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EditionContents(String edicion, String titulo, Parts partes, List<Module> modulos, Map<String, Story> historias,
                              List<ComparisonGroup> grupos, List<ExamSection> examen, String notaFueraDelCurso,
                              List<Distinction> distinciones) {

    /**
     * What the edition shows: modules (stories, diagrams and concepts), each concept as one line or as its card, the exam
     * sections and glossary, the exam tip row in the comparison tables, and how many look-alikes per member (absent: all).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Parts(boolean modulos, boolean unaLineaPorConcepto, boolean examenYGlosario, boolean consejosEnTablas,
                        Integer trampasPorMiembro) {}

    public record Module(String iri, String label, String labelEn, int order, String description, boolean outsideCourse, List<Topic> topics) {}

    /** A topic with its diagram and either its full cards or its concept lines, as the edition says. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Topic(String iri, String id, String label, String labelEn, int order, Diagram diagrama, List<Card> cards,
                        List<ConceptLine> lineas) {}

    /** The topic's picture: its id for the SVG address, its size and what it shows in words (the alt text). */
    public record Diagram(String tema, int ancho, int alto, String descripcion) {}

    /** The esencial edition's concept: one line, the exam tip (its trap when it names one) and the look-alikes. */
    public record ConceptLine(ConceptRef concept, String linea, String consejo, List<ConceptRef> trampas) {}

    /** Two look-alikes from the chuleta, each with its line, and how many practice questions test them. */
    public record Distinction(ConceptRef a, String lineaA, ConceptRef b, String lineaB, int preguntas) {}

    public static EditionContents of(StudyGuide guide, Edition edition) {
        boolean modules = edition.showsModules();
        Parts parts = new Parts(modules, edition.oneLinePerConcept(), edition.showsExamAndGlossary(), edition.tipsInTables(),
                edition.trapsPerMember() == Integer.MAX_VALUE ? null : edition.trapsPerMember());
        return new EditionContents(edition.name(), edition.title(), parts,
                modules ? guide.modules().stream().map(m -> module(guide, edition, m)).toList() : List.of(),
                modules ? guide.stories() : null,
                guide.groups(),
                edition.showsExamAndGlossary() ? guide.exam() : null,
                edition.showsExamAndGlossary() ? guide.outOfCourseNote() : null,
                guide.distinctions().stream().map(d -> new Distinction(d.a().concept(), CheatSheet.line(d.a()),
                        d.b().concept(), CheatSheet.line(d.b()), d.questions())).toList());
    }

    /** The id of a topic in addresses: the last segment of its IRI ({@code …/curso/model-serving} → {@code model-serving}). */
    public static String topicId(String topicIri) {
        return topicIri.substring(topicIri.lastIndexOf('/') + 1);
    }

    private static Module module(StudyGuide guide, Edition edition, Outline.Module m) {
        return new Module(m.iri(), m.label(), m.labelEn(), m.order(), m.description(), m.outsideCourse(),
                m.topics().stream().map(t -> topic(guide, edition, t)).toList());
    }

    private static Topic topic(StudyGuide guide, Edition edition, Outline.Topic t) {
        TopicDiagram d = guide.diagrams().get(t.iri());
        Diagram diagram = d == null || d.nodes().isEmpty() ? null : new Diagram(topicId(t.iri()), d.width(), d.height(), d.describe());
        boolean lines = edition.oneLinePerConcept();
        return new Topic(t.iri(), topicId(t.iri()), t.label(), t.labelEn(), t.order(), diagram, lines ? null : t.cards(),
                lines ? t.cards().stream().map(c -> new ConceptLine(c.concept(), Essentials.line(c), Essentials.tip(c), c.trampas())).toList() : null);
    }
}

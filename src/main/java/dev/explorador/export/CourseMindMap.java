package dev.explorador.export;

import dev.explorador.course.Outline;
import dev.explorador.graph.Vocab;
import dev.explorador.query.ConceptRef;
import dev.explorador.query.MindMapNode;
import java.util.List;

/**
 * The whole-course map: the course at the root, then modules → topics → concepts (the outline order).
 * Modules and topics are not concepts; they ride in the same tree type with kind "Modulo" / "Tema",
 * so every mind-map format renders this map as it renders a concept's.
 */
public final class CourseMindMap {
    static final String MODULE = "módulo";
    static final String TOPIC = "tema";
    static final String CONCEPT = "concepto";

    private CourseMindMap() {}

    public static MindMapNode build(List<Outline.Module> outline) {
        ConceptRef course = new ConceptRef("curso", Vocab.SCHEME, StudyGuide.TITLE, StudyGuide.TITLE_EN, "Curso", "Curso");
        List<MindMapNode> modules = outline.stream().map(CourseMindMap::module).toList();
        return new MindMapNode(course, null, null, modules);
    }

    private static MindMapNode module(Outline.Module m) {
        ConceptRef ref = new ConceptRef(Vocab.shortForm(m.iri()), m.iri(), m.order() + ". " + m.label(), m.labelEn(), "Modulo", "Módulo");
        List<MindMapNode> topics = m.topics().stream().map(t -> topic(m, t)).toList();
        return new MindMapNode(ref, "gd:modulo", MODULE, topics);
    }

    private static MindMapNode topic(Outline.Module m, Outline.Topic t) {
        ConceptRef ref = new ConceptRef(Vocab.shortForm(t.iri()), t.iri(), m.order() + "." + t.order() + " " + t.label(),
                t.labelEn(), "Tema", "Tema");
        List<ConceptRef> concepts = t.concepts() != null ? t.concepts()
                : t.cards().stream().map(c -> c.concept()).toList();
        List<MindMapNode> leaves = concepts.stream().map(c -> new MindMapNode(c, "gd:tema", CONCEPT, List.of())).toList();
        return new MindMapNode(ref, "gd:tema", TOPIC, leaves);
    }
}

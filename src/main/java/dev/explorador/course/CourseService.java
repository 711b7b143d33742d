package dev.explorador.course;

import dev.explorador.graph.Vocab;
import dev.explorador.query.ConceptRef;
import dev.explorador.query.Explorer;
import dev.explorador.query.GraphSnapshot;
import dev.explorador.query.QueryRunner;
import dev.explorador.query.TopicRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/** The course as a whole: its outline in order, the study summary, the exam map and the practice questions. */
public final class CourseService {
    private final Explorer explorer;
    private final QueryRunner runner;
    private volatile List<Outline.Module> summary; // every module, built once: the graph does not change while served

    public CourseService(Explorer explorer) {
        this.explorer = explorer;
        this.runner = explorer.runner();
    }

    /** Modules → topics → concept references, in course order: the course alone (modules 1–6). */
    public List<Outline.Module> outline() {
        return outline(Scope.DEFAULT);
    }

    /** Modules → topics → concept references, in course order, for the course alone or the whole certification. */
    public List<Outline.Module> outline(Scope scope) {
        return within(scope, build(topicConcepts -> new Outline.Topic(null, null, null, 0, topicConcepts, null)));
    }

    /** Modules → topics → full cards: the study summary ("resumen") of the course alone (modules 1–6). */
    public List<Outline.Module> summary() {
        return summary(Scope.DEFAULT);
    }

    /** The study summary of the course alone or of the whole certification (modules 1–10). */
    public List<Outline.Module> summary(Scope scope) {
        if (summary == null) {
            summary = build(topicConcepts -> new Outline.Topic(null, null, null, 0, null,
                    topicConcepts.stream().map(c -> explorer.card(c.slug())).toList()));
        }
        return within(scope, summary);
    }

    private static List<Outline.Module> within(Scope scope, List<Outline.Module> modules) {
        return modules.stream().filter(m -> scope.includes(m.outsideCourse())).toList();
    }

    private List<Outline.Module> build(Function<List<ConceptRef>, Outline.Topic> contents) {
        Map<String, List<ConceptRef>> byTopic = conceptsByTopic();
        Map<String, Outline.Module> modules = new LinkedHashMap<>();
        Map<String, List<Outline.Topic>> topicsOf = new LinkedHashMap<>();
        for (QuerySolution row : runner.select("outline")) {
            String module = row.getResource("module").getURI();
            modules.computeIfAbsent(module, m -> new Outline.Module(m, text(row, "moduleLabel"), text(row, "moduleLabelEn"),
                    row.getLiteral("moduleOrder").getInt(), text(row, "moduleDescription"), bool(row, "outsideCourse"), null));
            List<Outline.Topic> topics = topicsOf.computeIfAbsent(module, m -> new ArrayList<>());
            if (row.contains("topic")) {
                String topic = row.getResource("topic").getURI();
                Outline.Topic filled = contents.apply(byTopic.getOrDefault(topic, List.of()));
                topics.add(new Outline.Topic(topic, text(row, "topicLabel"), text(row, "topicLabelEn"),
                        row.getLiteral("topicOrder").getInt(), filled.concepts(), filled.cards()));
            }
        }
        return modules.values().stream()
                .map(m -> new Outline.Module(m.iri(), m.label(), m.labelEn(), m.order(), m.description(), m.outsideCourse(),
                        List.copyOf(topicsOf.get(m.iri()))))
                .toList();
    }

    private Map<String, List<ConceptRef>> conceptsByTopic() {
        GraphSnapshot snapshot = explorer.snapshot();
        Map<String, List<ConceptRef>> byTopic = new LinkedHashMap<>();
        snapshot.concepts().stream()
                .filter(c -> snapshot.topic(c.iri()).isPresent())
                .sorted(Comparator.comparingInt((ConceptRef c) -> order(snapshot, c)).thenComparing(ConceptRef::label))
                .forEach(c -> byTopic.computeIfAbsent(snapshot.topic(c.iri()).get().topicIri(), t -> new ArrayList<>()).add(c));
        return byTopic;
    }

    private static int order(GraphSnapshot snapshot, ConceptRef concept) {
        int order = snapshot.topic(concept.iri()).map(TopicRef::orderInTopic).orElse(0);
        return order == 0 ? Integer.MAX_VALUE : order;
    }

    /** The six exam sections, their objectives and the concepts linked to each objective. */
    public List<ExamSection> exam() {
        Map<String, ExamSection> sections = new LinkedHashMap<>();
        Map<String, Map<String, ExamSection.Objective>> objectives = new LinkedHashMap<>();
        for (QuerySolution row : runner.select("exam")) {
            String section = row.getResource("section").getURI();
            sections.computeIfAbsent(section, s -> new ExamSection(s, Vocab.shortForm(s), row.getLiteral("number").getInt(),
                    text(row, "label"), text(row, "labelEn"), row.getLiteral("weight").getInt(), bool(row, "sectionInScope"), null));
            Map<String, ExamSection.Objective> ofSection = objectives.computeIfAbsent(section, s -> new LinkedHashMap<>());
            if (!row.contains("objective")) continue;
            String objective = row.getResource("objective").getURI();
            ExamSection.Objective current = ofSection.computeIfAbsent(objective, o -> new ExamSection.Objective(o,
                    Vocab.shortForm(o), row.getLiteral("objectiveNumber").getInt(), text(row, "objectiveLabel"),
                    bool(row, "objectiveInScope"), new ArrayList<>()));
            if (row.contains("concept")) {
                explorer.snapshot().concept(row.getResource("concept").getURI()).ifPresent(current.concepts()::add);
            }
        }
        return sections.values().stream()
                .map(s -> new ExamSection(s.iri(), s.id(), s.number(), s.label(), s.labelEn(), s.weight(), s.inScope(),
                        objectives.get(s.iri()).values().stream()
                                .map(o -> new ExamSection.Objective(o.iri(), o.id(), o.number(), o.label(), o.inScope(),
                                        o.concepts().stream().sorted(Comparator.comparing(ConceptRef::label)).toList()))
                                .toList()))
                .toList();
    }

    /** Practice questions, all or those of one section and/or about one concept. */
    public List<Question> questions(String sectionIri, ConceptRef concept) {
        Map<String, List<ConceptRef>> testedBy = new LinkedHashMap<>();
        for (QuerySolution row : runner.select("question-concepts")) {
            explorer.snapshot().concept(row.getResource("concept").getURI()).ifPresent(c ->
                    testedBy.computeIfAbsent(row.getResource("question").getURI(), q -> new ArrayList<>()).add(c));
        }
        Map<String, List<QuerySolution>> rowsByQuestion = new LinkedHashMap<>();
        for (QuerySolution row : runner.select("questions")) {
            rowsByQuestion.computeIfAbsent(row.getResource("question").getURI(), q -> new ArrayList<>()).add(row);
        }
        List<Question> questions = new ArrayList<>();
        rowsByQuestion.forEach((iri, rows) -> {
            QuerySolution first = rows.get(0);
            String section = first.getResource("section").getURI();
            List<ConceptRef> concepts = testedBy.getOrDefault(iri, List.of());
            if (sectionIri != null && !sectionIri.equals(section)) return;
            if (concept != null && !concepts.contains(concept)) return;
            Map<String, Question.Option> options = new LinkedHashMap<>();
            for (QuerySolution r : rows) {
                options.putIfAbsent(text(r, "letter"), new Question.Option(text(r, "letter"), text(r, "text"),
                        r.getLiteral("correct").getBoolean(), text(r, "optionExplanation")));
            }
            long correct = options.values().stream().filter(Question.Option::correct).count();
            questions.add(new Question(iri, Vocab.shortForm(iri), text(first, "stem"), text(first, "explanation"),
                    Vocab.shortForm(section), text(first, "sectionLabel"),
                    first.contains("objective") ? Vocab.shortForm(first.getResource("objective").getURI()) : null,
                    text(first, "objectiveLabel"), correct > 1, List.copyOf(options.values()), List.copyOf(concepts)));
        });
        return questions;
    }

    private static String text(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        return node == null ? null : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static boolean bool(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        return node != null && node.isLiteral() && node.asLiteral().getBoolean();
    }
}

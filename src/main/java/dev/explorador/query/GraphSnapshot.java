package dev.explorador.query;

import dev.explorador.graph.Vocab;
import dev.explorador.store.KnowledgeStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The shape of the graph read once from the store: concepts with their names and place in the course,
 * the relation vocabulary and every concept-to-concept link. Search, name resolution, paths and
 * mind maps work on it in memory, so they cost the same on every store.
 */
public final class GraphSnapshot {
    /** One name of a concept, with its folded form for matching. */
    public record Name(String text, String normalized, boolean preferred) {}

    /** A link seen from one concept: the relation, whether it is read forwards, and the concept at the other end. */
    public record Step(RelationType relation, boolean forward, String other) {}

    private final Map<String, ConceptRef> concepts = new LinkedHashMap<>();
    private final Map<String, TopicRef> topics = new HashMap<>();
    private final Map<String, List<Name>> names = new HashMap<>();
    private final Map<String, RelationType> relations = new LinkedHashMap<>();
    private final Map<String, List<Step>> adjacency = new HashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private final Set<Edge> edgeSet = new HashSet<>(); // for the symmetric-duplicate check: a list lookup was quadratic
    private final Map<String, String> conceptOfQuestion = new HashMap<>();

    /** The queries whose answers make the snapshot (the build records them for the bundled graph). */
    static final List<String> QUERIES = List.of("concept-labels", "kinds", "concept-kinds", "outline", "concept-topics",
            "names", "relations", "edges", "question-concepts");

    /**
     * The snapshot of the runner's store: for the bundled graph, from the answers the build recorded (no query waits
     * for the graph to be read); for any other, asked of the store now.
     */
    static GraphSnapshot open(QueryRunner runner) {
        if (runner.store().holdsTheBuiltGraph()) {
            Optional<GraphSnapshot> recorded = ofBuiltGraph();
            if (recorded.isPresent()) return recorded.get();
        }
        return load(runner);
    }

    /** Asks the store now. */
    public static GraphSnapshot load(QueryRunner runner) {
        return from(query -> runner.select(query).stream().map(AnswerRow::of).toList());
    }

    /** The snapshot of the bundled graph from the answers recorded by the build, if the jar has them. */
    static Optional<GraphSnapshot> ofBuiltGraph() {
        return RecordedAnswers.fromBuild().map(recorded -> from(recorded::rows));
    }

    /** Records the snapshot's answers over the graph in this store into a folder of the classes (run at build time). */
    public static void recordBuiltAnswers(KnowledgeStore store, Path classes) throws IOException {
        RecordedAnswers.record(new QueryRunner(store, Explorer.DEFAULT_TIMEOUT_MILLIS), QUERIES,
                classes.resolve(RecordedAnswers.RESOURCE.substring(1)));
    }

    private static GraphSnapshot from(Function<String, List<AnswerRow>> answers) {
        GraphSnapshot snapshot = new GraphSnapshot();
        snapshot.addConcepts(answers);
        answers.apply("names").forEach(snapshot::addName);
        answers.apply("relations").forEach(snapshot::addRelation);
        answers.apply("edges").forEach(snapshot::addEdge);
        snapshot.addQuestions(answers.apply("question-concepts"));
        return snapshot;
    }

    /** Concepts from four small queries joined here: one query with nested OPTIONALs was far slower at scale. */
    private void addConcepts(Function<String, List<AnswerRow>> answers) {
        Map<String, String[]> labels = new LinkedHashMap<>(); // iri → {es, en}
        for (AnswerRow row : answers.apply("concept-labels")) {
            String[] pair = labels.computeIfAbsent(row.iri("concept"), k -> new String[2]);
            String lang = row.language("label");
            if (lang == null) continue;
            if (lang.equals("es") && pair[0] == null) pair[0] = row.text("label");
            if (lang.equals("en") && pair[1] == null) pair[1] = row.text("label");
        }
        Map<String, String> kindLabels = new HashMap<>();
        answers.apply("kinds").forEach(r -> kindLabels.put(r.iri("kind"), r.text("label")));
        Map<String, String> kindOf = new HashMap<>();
        answers.apply("concept-kinds").forEach(r -> kindOf.putIfAbsent(r.iri("concept"), r.iri("kind")));
        labels.forEach((iri, pair) -> {
            String kind = kindOf.get(iri);
            concepts.put(iri, new ConceptRef(Vocab.slug(iri), iri, pair[0], pair[1],
                    kind == null ? null : Vocab.shortForm(kind).replace("gd:", ""), kind == null ? null : kindLabels.get(kind)));
        });
        Map<String, TopicRef> outline = new HashMap<>(); // topic iri → its place, without the concept's own order
        for (AnswerRow row : answers.apply("outline")) {
            if (!row.has("topic")) continue;
            outline.put(row.iri("topic"), new TopicRef(row.iri("topic"), row.text("topicLabel"),
                    row.integer("topicOrder"), row.iri("module"), row.text("moduleLabel"), row.integer("moduleOrder"), 0));
        }
        for (AnswerRow row : answers.apply("concept-topics")) {
            String iri = row.iri("concept");
            TopicRef topic = outline.get(row.iri("topic"));
            if (topic == null || topics.containsKey(iri)) continue;
            topics.put(iri, new TopicRef(topic.topicIri(), topic.topicLabel(), topic.topicOrder(), topic.moduleIri(),
                    topic.moduleLabel(), topic.moduleOrder(), row.integer("order")));
        }
    }

    private void addName(AnswerRow row) {
        String text = row.text("name");
        names.computeIfAbsent(row.iri("concept"), k -> new ArrayList<>())
                .add(new Name(text, TextNormalizer.normalize(text), row.bool("preferred")));
    }

    private void addRelation(AnswerRow row) {
        String iri = row.iri("relation");
        String label = row.text("label");
        relations.put(iri, new RelationType(iri, label == null ? Vocab.shortForm(iri) : label, row.text("inverse"),
                row.bool("symmetric")));
    }

    private void addEdge(AnswerRow row) {
        Edge edge = new Edge(row.iri("from"), row.iri("relation"), row.iri("to"));
        RelationType relation = relations.get(edge.relation());
        if (relation == null || edge.from().equals(edge.to())) return;
        // A symmetric relation written both ways ("se confunde con") is one link, not two.
        if (relation.symmetric() && edgeSet.contains(new Edge(edge.to(), edge.relation(), edge.from()))) return;
        if (!edgeSet.add(edge)) return;
        edges.add(edge);
        adjacency.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(new Step(relation, true, edge.to()));
        adjacency.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(new Step(relation, false, edge.from()));
    }

    /** A question opens the card of the first concept it tests, by slug, so it is the same on every store. */
    private void addQuestions(List<AnswerRow> rows) {
        Map<String, TreeMap<String, String>> bySlug = new HashMap<>();
        for (AnswerRow row : rows) {
            String concept = row.iri("concept");
            bySlug.computeIfAbsent(row.iri("question"), k -> new TreeMap<>()).put(Vocab.slug(concept), concept);
        }
        bySlug.forEach((question, tested) -> conceptOfQuestion.put(question, tested.firstEntry().getValue()));
    }

    public Collection<ConceptRef> concepts() {
        return concepts.values();
    }

    public Optional<ConceptRef> concept(String iri) {
        return Optional.ofNullable(concepts.get(iri));
    }

    public Optional<ConceptRef> bySlug(String slug) {
        return concept(Vocab.conceptIri(slug));
    }

    public Optional<TopicRef> topic(String conceptIri) {
        return Optional.ofNullable(topics.get(conceptIri));
    }

    public List<Name> names(String conceptIri) {
        return names.getOrDefault(conceptIri, List.of());
    }

    public Collection<RelationType> relations() {
        return relations.values();
    }

    public Optional<RelationType> relation(String iri) {
        return Optional.ofNullable(relations.get(iri));
    }

    public List<Step> steps(String conceptIri) {
        return adjacency.getOrDefault(conceptIri, List.of());
    }

    public List<Edge> edges() {
        return edges;
    }

    /** The concept whose card a practice question opens (the first it tests, by slug), or null. */
    public String conceptOfQuestion(String questionIri) {
        return conceptOfQuestion.get(questionIri);
    }
}

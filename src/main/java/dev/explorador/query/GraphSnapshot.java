package dev.explorador.query;

import dev.explorador.graph.Vocab;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

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

    public static GraphSnapshot load(QueryRunner runner) {
        GraphSnapshot snapshot = new GraphSnapshot();
        snapshot.addConcepts(runner);
        runner.select("names").forEach(snapshot::addName);
        runner.select("relations").forEach(snapshot::addRelation);
        runner.select("edges").forEach(snapshot::addEdge);
        return snapshot;
    }

    /** Concepts from four small queries joined here: one query with nested OPTIONALs was far slower at scale. */
    private void addConcepts(QueryRunner runner) {
        Map<String, String[]> labels = new LinkedHashMap<>(); // iri → {es, en}
        for (QuerySolution row : runner.select("concept-labels")) {
            String[] pair = labels.computeIfAbsent(row.getResource("concept").getURI(), k -> new String[2]);
            RDFNode label = row.get("label");
            if (label == null || !label.isLiteral()) continue;
            String lang = label.asLiteral().getLanguage();
            if (lang.equals("es") && pair[0] == null) pair[0] = label.asLiteral().getLexicalForm();
            if (lang.equals("en") && pair[1] == null) pair[1] = label.asLiteral().getLexicalForm();
        }
        Map<String, String> kindLabels = new HashMap<>();
        runner.select("kinds").forEach(r -> kindLabels.put(r.getResource("kind").getURI(), string(r, "label")));
        Map<String, String> kindOf = new HashMap<>();
        runner.select("concept-kinds").forEach(r -> kindOf.putIfAbsent(r.getResource("concept").getURI(), r.getResource("kind").getURI()));
        labels.forEach((iri, pair) -> {
            String kind = kindOf.get(iri);
            concepts.put(iri, new ConceptRef(Vocab.slug(iri), iri, pair[0], pair[1],
                    kind == null ? null : Vocab.shortForm(kind).replace("gd:", ""), kind == null ? null : kindLabels.get(kind)));
        });
        Map<String, TopicRef> outline = new HashMap<>(); // topic iri → its place, without the concept's own order
        for (QuerySolution row : runner.select("outline")) {
            if (!row.contains("topic")) continue;
            outline.put(row.getResource("topic").getURI(), new TopicRef(row.getResource("topic").getURI(), string(row, "topicLabel"),
                    integer(row, "topicOrder"), row.getResource("module").getURI(), string(row, "moduleLabel"),
                    integer(row, "moduleOrder"), 0));
        }
        for (QuerySolution row : runner.select("concept-topics")) {
            String iri = row.getResource("concept").getURI();
            TopicRef topic = outline.get(row.getResource("topic").getURI());
            if (topic == null || topics.containsKey(iri)) continue;
            topics.put(iri, new TopicRef(topic.topicIri(), topic.topicLabel(), topic.topicOrder(), topic.moduleIri(),
                    topic.moduleLabel(), topic.moduleOrder(), integer(row, "order")));
        }
    }

    private void addName(QuerySolution row) {
        String iri = row.getResource("concept").getURI();
        String text = string(row, "name");
        boolean preferred = row.getLiteral("preferred").getBoolean();
        names.computeIfAbsent(iri, k -> new ArrayList<>()).add(new Name(text, TextNormalizer.normalize(text), preferred));
    }

    private void addRelation(QuerySolution row) {
        String iri = row.getResource("relation").getURI();
        String label = string(row, "label");
        relations.put(iri, new RelationType(iri, label == null ? Vocab.shortForm(iri) : label, string(row, "inverse"),
                row.getLiteral("symmetric").getBoolean()));
    }

    private void addEdge(QuerySolution row) {
        Edge edge = new Edge(row.getResource("from").getURI(), row.getResource("relation").getURI(), row.getResource("to").getURI());
        RelationType relation = relations.get(edge.relation());
        if (relation == null || edge.from().equals(edge.to())) return;
        // A symmetric relation written both ways ("se confunde con") is one link, not two.
        if (relation.symmetric() && edgeSet.contains(new Edge(edge.to(), edge.relation(), edge.from()))) return;
        if (!edgeSet.add(edge)) return;
        edges.add(edge);
        adjacency.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(new Step(relation, true, edge.to()));
        adjacency.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(new Step(relation, false, edge.from()));
    }

    private static String string(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        return node == null ? null : node.isLiteral() ? ((Literal) node).getLexicalForm() : node.toString();
    }

    private static int integer(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        return node != null && node.isLiteral() ? ((Literal) node).getInt() : 0;
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
}

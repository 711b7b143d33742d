package dev.explorador.query;

import dev.explorador.graph.Vocab;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    public static GraphSnapshot load(QueryRunner runner) {
        GraphSnapshot snapshot = new GraphSnapshot();
        runner.select("concepts").forEach(snapshot::addConcept);
        runner.select("names").forEach(snapshot::addName);
        runner.select("relations").forEach(snapshot::addRelation);
        runner.select("edges").forEach(snapshot::addEdge);
        return snapshot;
    }

    private void addConcept(QuerySolution row) {
        String iri = row.getResource("concept").getURI();
        if (concepts.containsKey(iri)) return; // a second kind or label would repeat the row; the first wins
        String kind = row.contains("kind") ? Vocab.shortForm(row.getResource("kind").getURI()).replace("gd:", "") : null;
        concepts.put(iri, new ConceptRef(Vocab.slug(iri), iri, string(row, "es"), string(row, "en"), kind, string(row, "kindLabel")));
        if (row.contains("topic")) {
            topics.put(iri, new TopicRef(row.getResource("topic").getURI(), string(row, "topicLabel"), integer(row, "topicOrder"),
                    row.contains("module") ? row.getResource("module").getURI() : null, string(row, "moduleLabel"),
                    integer(row, "moduleOrder"), integer(row, "orderInTopic")));
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
        if (relation.symmetric() && edges.contains(new Edge(edge.to(), edge.relation(), edge.from()))) return;
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

package dev.explorador.compare;

import dev.explorador.graph.Vocab;
import dev.explorador.error.BadRequestException;
import dev.explorador.query.Card;
import dev.explorador.query.ConceptRef;
import dev.explorador.query.Explorer;
import dev.explorador.query.QueryRunner;
import dev.explorador.query.TopicRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;

/**
 * Comparisons read from the graph: the ontology's comparison groups (gd:GrupoComparacion) and any set of
 * concepts the reader picks. The graph does not change while served, so what is read once is kept.
 */
public final class CompareService {
    /** More columns than this no longer fit side by side on a screen or a page. */
    public static final int MAX_CONCEPTS = 8;

    private final Explorer explorer;
    private final QueryRunner runner;
    private volatile Map<String, Attribute> attributes;
    private volatile Map<String, Map<String, String>> values; // concept IRI → attribute id → value
    private volatile List<ComparisonGroup> groups;

    public CompareService(Explorer explorer) {
        this.explorer = explorer;
        this.runner = explorer.runner();
    }

    /** The ontology's comparison groups in their gd:orden, each member with a card, skipping unknown members. */
    public List<ComparisonGroup> groups() {
        if (groups == null) groups = readGroups();
        return groups;
    }

    /** The named concepts side by side (2 to {@value #MAX_CONCEPTS}), with the groups that hold two or more of them. */
    public Comparison compare(List<String> names) {
        Set<ConceptRef> picked = new LinkedHashSet<>();
        names.forEach(n -> picked.add(explorer.resolve(n)));
        if (picked.size() < 2) throw new BadRequestException("Para comparar hacen falta al menos dos conceptos distintos.");
        if (picked.size() > MAX_CONCEPTS) {
            throw new BadRequestException("Se comparan como mucho " + MAX_CONCEPTS + " conceptos a la vez; se pidieron " + picked.size() + ".");
        }
        List<Member> members = picked.stream().map(c -> member(c, null)).toList();
        List<Attribute> used = attributes().values().stream()
                .filter(a -> members.stream().anyMatch(m -> m.valores().containsKey(a.id())))
                .sorted(Comparator.comparingInt(Attribute::order).thenComparing(Attribute::label))
                .toList();
        Set<String> iris = picked.stream().map(ConceptRef::iri).collect(java.util.stream.Collectors.toSet());
        List<ComparisonGroup> related = groups().stream()
                .filter(g -> g.miembros().stream().filter(m -> iris.contains(m.concept().iri())).count() >= 2)
                .toList();
        return new Comparison(used, members, related);
    }

    private Member member(ConceptRef concept, List<Attribute> only) {
        Card card = explorer.card(concept.slug());
        Map<String, String> all = values().getOrDefault(concept.iri(), Map.of());
        Map<String, String> shown = new LinkedHashMap<>();
        attributes().values().stream()
                .filter(a -> only == null || only.contains(a))
                .sorted(Comparator.comparingInt(Attribute::order))
                .forEach(a -> { if (all.containsKey(a.id())) shown.put(a.id(), all.get(a.id())); });
        return new Member(card.concept(), card.definicion(), card.consejoExamen(), card.trampas(), shown);
    }

    private List<ComparisonGroup> readGroups() {
        record Draft(String iri, String label, String question, int order, Set<String> members, Set<String> attributes) {}
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (QuerySolution row : runner.select("compare-groups")) {
            String iri = row.getResource("group").getURI();
            Draft d = drafts.computeIfAbsent(iri, g -> new Draft(g, text(row, "label"), text(row, "question"),
                    row.contains("order") ? row.getLiteral("order").getInt() : Integer.MAX_VALUE,
                    new LinkedHashSet<>(), new LinkedHashSet<>()));
            if (row.contains("member")) d.members().add(row.getResource("member").getURI());
            if (row.contains("attribute")) d.attributes().add(row.getResource("attribute").getURI());
        }
        List<ComparisonGroup> result = new ArrayList<>();
        for (Draft d : drafts.values()) {
            List<Attribute> attrs = d.attributes().stream().map(a -> attributes().get(Vocab.shortForm(a)))
                    .filter(java.util.Objects::nonNull)
                    .sorted(Comparator.comparingInt(Attribute::order).thenComparing(Attribute::label)).toList();
            List<Member> members = d.members().stream()
                    .map(m -> explorer.snapshot().concept(m))
                    .flatMap(java.util.Optional::stream)
                    .sorted(courseOrder())
                    .map(c -> member(c, attrs))
                    .toList();
            result.add(new ComparisonGroup(slug(d.iri()), d.iri(), d.label(), d.question(), d.order(), attrs, members));
        }
        result.sort(Comparator.comparingInt(ComparisonGroup::order).thenComparing(ComparisonGroup::label));
        return List.copyOf(result);
    }

    /** Members in course order (module, topic, place in topic); concepts outside the outline last, by name. */
    private Comparator<ConceptRef> courseOrder() {
        var snapshot = explorer.snapshot();
        return Comparator.<ConceptRef>comparingInt(c -> snapshot.topic(c.iri()).map(TopicRef::moduleOrder).orElse(Integer.MAX_VALUE))
                .thenComparingInt(c -> snapshot.topic(c.iri()).map(TopicRef::topicOrder).orElse(Integer.MAX_VALUE))
                .thenComparingInt(c -> snapshot.topic(c.iri()).map(t -> t.orderInTopic() == 0 ? Integer.MAX_VALUE : t.orderInTopic())
                        .orElse(Integer.MAX_VALUE))
                .thenComparing(ConceptRef::label);
    }

    private Map<String, Attribute> attributes() {
        if (attributes == null) {
            Map<String, Attribute> read = new LinkedHashMap<>();
            for (QuerySolution row : runner.select("compare-attributes")) {
                String iri = row.getResource("attribute").getURI();
                String id = Vocab.shortForm(iri);
                String label = row.contains("label") ? text(row, "label") : id;
                int order = row.contains("order") ? row.getLiteral("order").getInt() : Integer.MAX_VALUE;
                read.merge(id, new Attribute(id, iri, label, order), (a, b) -> a);
            }
            attributes = read;
        }
        return attributes;
    }

    private Map<String, Map<String, String>> values() {
        if (values == null) {
            Map<String, Map<String, String>> read = new LinkedHashMap<>();
            for (QuerySolution row : runner.select("compare-values")) {
                read.computeIfAbsent(row.getResource("concept").getURI(), c -> new LinkedHashMap<>())
                        .putIfAbsent(Vocab.shortForm(row.getResource("attribute").getURI()), text(row, "value"));
            }
            values = read;
        }
        return values;
    }

    /** {@code cmp:metodos-despliegue} is {@code metodos-despliegue} in URLs and anchors. */
    private static String slug(String iri) {
        return iri.startsWith(Vocab.COMPARISON) ? iri.substring(Vocab.COMPARISON.length()) : Vocab.shortForm(iri);
    }

    private static String text(QuerySolution row, String var) {
        return row.contains(var) ? row.get(var).asLiteral().getLexicalForm() : null;
    }
}

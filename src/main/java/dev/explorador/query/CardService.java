package dev.explorador.query;

import dev.explorador.graph.Vocab;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/** Builds a concept's card from card.rq, its objectives, its neighbours and its questions. */
public final class CardService {
    private final QueryRunner runner;
    private final GraphSnapshot snapshot;
    private final RelatedService related;

    public CardService(QueryRunner runner, GraphSnapshot snapshot, RelatedService related) {
        this.runner = runner;
        this.snapshot = snapshot;
        this.related = related;
    }

    public Card card(ConceptRef concept) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (QuerySolution row : runner.select(SparqlQueries.withIri("card", "concept", concept.iri()))) {
            RDFNode value = row.get("value");
            String text = value.isLiteral() ? value.asLiteral().getLexicalForm() : value.asResource().getURI();
            fields.computeIfAbsent(row.getLiteral("field").getString(), k -> new ArrayList<>()).add(text);
        }
        List<String> altLabels = new ArrayList<>(list(fields, "altLabel"));
        altLabels.removeAll(list(fields, "nombreAnterior"));
        List<Card.RelationGroup> groups = groups(related.related(concept, 1, RelationFilter.all()).entries());
        List<ConceptRef> traps = groups.stream().filter(g -> g.relation().equals("gd:seConfundeCon"))
                .flatMap(g -> g.concepts().stream()).distinct().toList();
        return new Card(concept,
                first(fields, "definicion"), first(fields, "definicionDatabricks"), list(fields, "ejemplo"),
                first(fields, "consejoExamen"), list(fields, "codigo"), list(fields, "notaAlcance"),
                list(fields, "historial"), List.copyOf(altLabels), list(fields, "nombreAnterior"),
                list(fields, "fuente").stream().sorted().toList(),
                snapshot.topic(concept.iri()).orElse(null), objectives(concept), groups, traps, questions(concept));
    }

    private List<Card.Objective> objectives(ConceptRef concept) {
        return runner.select(SparqlQueries.withIri("objectives-of-concept", "concept", concept.iri())).stream()
                .map(r -> new Card.Objective(r.getResource("objective").getURI(), r.getLiteral("label").getString(),
                        Vocab.shortForm(r.getResource("section").getURI()), r.getLiteral("sectionLabel").getString(),
                        r.getLiteral("weight").getInt()))
                .toList();
    }

    private List<Card.QuestionRef> questions(ConceptRef concept) {
        return runner.select(SparqlQueries.withIri("questions-about", "concept", concept.iri())).stream()
                .map(r -> new Card.QuestionRef(r.getResource("question").getURI(), r.getLiteral("stem").getString(),
                        r.contains("section") ? Vocab.shortForm(r.getResource("section").getURI()) : null))
                .toList();
    }

    /** Groups depth-1 neighbours by relation and direction, keeping the order of the related answer. */
    static List<Card.RelationGroup> groups(List<RelatedEntry> entries) {
        Map<String, List<ConceptRef>> byKey = new LinkedHashMap<>();
        Map<String, RelatedEntry> firstOfKey = new LinkedHashMap<>();
        for (RelatedEntry e : entries) {
            String key = e.relation() + "|" + e.relationLabel(); // symmetric relations read the same both ways: one group
            firstOfKey.putIfAbsent(key, e);
            List<ConceptRef> members = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            if (!members.contains(e.concept())) members.add(e.concept());
        }
        List<Card.RelationGroup> groups = new ArrayList<>();
        byKey.forEach((key, members) -> {
            RelatedEntry e = firstOfKey.get(key);
            groups.add(new Card.RelationGroup(e.relation(), e.relationLabel(), e.direction(), List.copyOf(members)));
        });
        return groups;
    }

    private static String first(Map<String, List<String>> fields, String key) {
        List<String> values = fields.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static List<String> list(Map<String, List<String>> fields, String key) {
        return List.copyOf(fields.getOrDefault(key, List.of()));
    }
}

package dev.explorador.export;

import dev.explorador.compare.ComparisonGroup;
import dev.explorador.query.Card;
import dev.explorador.query.ConceptRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The most-asked distinctions: pairs of concepts the graph marks as look-alikes (gd:seConfundeCon), ranked by
 * how many practice questions test them, leaving out pairs a comparison group of the ontology already sets side
 * by side. Nothing editorial lives here: the pairs, the ranking and every sentence come from the graph.
 */
public final class CheatSheet {
    /** Room for one line per concept on the cheat sheet. */
    static final int SENTENCE = 150;
    /** How many distinctions the chuleta lists after its tables. */
    static final int DISTINCTIONS = 8;

    /** Two look-alikes and the number of practice questions that test one or the other. */
    public record Distinction(Card a, Card b, int questions) {}

    private CheatSheet() {}

    static List<Distinction> of(List<Card> cards, List<ComparisonGroup> groups) {
        Map<String, Card> bySlug = new LinkedHashMap<>();
        cards.forEach(c -> bySlug.putIfAbsent(c.concept().slug(), c));
        Set<String> grouped = new HashSet<>();
        for (ComparisonGroup g : groups) {
            for (var m : g.miembros()) for (var n : g.miembros()) grouped.add(m.concept().slug() + " " + n.concept().slug());
        }
        Set<String> seen = new HashSet<>();
        List<Distinction> pairs = new ArrayList<>();
        for (Card card : cards) {
            for (ConceptRef trap : card.trampas()) {
                Card other = bySlug.get(trap.slug());
                String a = card.concept().slug();
                String b = trap.slug();
                if (other == null || a.equals(b) || grouped.contains(a + " " + b)) continue;
                if (!seen.add(a.compareTo(b) < 0 ? a + " " + b : b + " " + a)) continue;
                Set<String> questions = new HashSet<>();
                card.preguntas().forEach(q -> questions.add(q.iri()));
                other.preguntas().forEach(q -> questions.add(q.iri()));
                pairs.add(new Distinction(card, other, questions.size()));
            }
        }
        pairs.sort(Comparator.comparingInt(Distinction::questions).reversed()
                .thenComparing(d -> d.a().concept().label()).thenComparing(d -> d.b().concept().label()));
        return List.copyOf(pairs.subList(0, Math.min(DISTINCTIONS, pairs.size())));
    }

    /** The line the sheet shows for a concept: the first sentence of its plain definition. */
    public static String line(Card card) {
        return ExportText.firstSentence(card.definicion(), SENTENCE);
    }
}

package dev.explorador.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.course.Question;
import dev.explorador.query.Card;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Anki text file, read back the way Anki reads it: header lines, then one tab-separated note per line. */
class AnkiDeckTest {
    record Parsed(Map<String, String> headers, List<String[]> rows) {}

    static Parsed parse(String file) {
        Map<String, String> headers = new LinkedHashMap<>();
        List<String[]> rows = new ArrayList<>();
        for (String line : file.split("\n", -1)) {
            if (line.isEmpty()) continue;
            if (rows.isEmpty() && line.startsWith("#")) {
                int colon = line.indexOf(':');
                headers.put(line.substring(1, colon), line.substring(colon + 1));
            } else {
                rows.add(line.split("\t", -1));
            }
        }
        return new Parsed(headers, rows);
    }

    private static String deck() {
        return AnkiDeck.render(Exports.guide().modules(), Exports.questions());
    }

    @Test
    void headersAreTheOnesAnkiDocuments() {
        Parsed parsed = parse(deck());
        assertEquals("tab", parsed.headers().get("separator"));
        assertEquals("true", parsed.headers().get("html"));
        assertEquals("Basic", parsed.headers().get("notetype"));
        assertEquals("1", parsed.headers().get("guid column"));
        assertEquals("2", parsed.headers().get("deck column"));
        assertEquals("5", parsed.headers().get("tags column"));
        assertEquals(5, parsed.headers().get("columns").split("\t").length);
    }

    @Test
    void everyConceptInBothDirectionsAndEveryQuestionOnce() {
        Parsed parsed = parse(deck());
        int concepts = Exports.concepts().size();
        int questions = Exports.questions().size();
        assertEquals(2 * concepts + questions, parsed.rows().size());
        Set<String> guids = new HashSet<>();
        for (String[] row : parsed.rows()) {
            assertEquals(5, row.length, "five fields: " + String.join(" | ", row));
            assertTrue(guids.add(row[0]), "unique GUID " + row[0]);
            for (String field : row) assertFalse(field.startsWith("\""), "a leading quote would start a quoted CSV field");
            assertTrue(row[1].startsWith(AnkiDeck.DECK + "::"));
            assertFalse(row[2].isBlank());
            assertFalse(row[3].isBlank());
            assertTrue(row[4].contains("explorador-genai"));
            assertFalse(row[4].contains("\t"));
        }
        long questionRows = parsed.rows().stream().filter(r -> r[4].contains(" pregunta")).count();
        assertEquals(questions, questionRows);
        parsed.rows().stream().filter(r -> r[4].contains(" pregunta"))
                .forEach(r -> assertTrue(r[4].contains("seccion::s") && r[3].startsWith("<b>Respuesta: "), r[4]));
        long tagged = parsed.rows().stream().filter(r -> r[4].contains(" concepto")).filter(r -> r[4].contains("modulo::")).count();
        assertEquals(2L * concepts, tagged, "every concept card is tagged with its module");
    }

    @Test
    void guidsAreStableAndDerivedFromIriAndDirection() {
        assertEquals(deck(), deck());
        Card card = Exports.guide().bySlug().get("inference-table");
        Question question = Exports.questions().get(0);
        Set<String> guids = new HashSet<>();
        parse(deck()).rows().forEach(r -> guids.add(r[0]));
        assertTrue(guids.contains(AnkiDeck.guid(card.concept().iri(), "nombre-definicion")));
        assertTrue(guids.contains(AnkiDeck.guid(card.concept().iri(), "definicion-nombre")));
        assertTrue(guids.contains(AnkiDeck.guid(question.iri(), "pregunta")));
        assertEquals(AnkiDeck.guid("x", "a"), AnkiDeck.guid("x", "a"));
        assertFalse(AnkiDeck.guid("x", "a").equals(AnkiDeck.guid("x", "b")));
    }

    @Test
    void questionCardsShowOptionsAndExplainEachOne() {
        Question q = Exports.questions().stream().filter(Question::multiple).findFirst().orElse(Exports.questions().get(0));
        String[] row = parse(deck()).rows().stream().filter(r -> r[0].equals(AnkiDeck.guid(q.iri(), "pregunta"))).findFirst().orElseThrow();
        List<Question.Option> order = AnkiDeck.cardOrder(q);
        assertEquals(new HashSet<>(q.options()), new HashSet<>(order), "every option once");
        for (int i = 0; i < order.size(); i++) {
            String shown = "<b>" + AnkiDeck.position(i) + ".</b> " + AnkiDeck.field(order.get(i).text());
            assertTrue(row[2].contains(shown), shown);
            if (order.get(i).correct()) {
                assertTrue(row[3].contains(AnkiDeck.position(i) + ". " + AnkiDeck.field(order.get(i).text())), "the answer names the right option's text");
                assertTrue(row[3].contains(AnkiDeck.position(i) + " ✔"));
            }
        }
        if (q.multiple()) assertTrue(row[2].contains("Elige DOS"));
    }

    /** Renaming the graph's letters changes nothing on the cards: they never show them nor order by them. */
    @Test
    void cardsDoNotDependOnTheGraphsLetters() {
        List<Question> renamed = Exports.questions().stream().map(q -> new Question(q.iri(), q.id(), q.stem(), q.explanation(), q.section(),
                q.sectionLabel(), q.objective(), q.objectiveLabel(), q.multiple(),
                q.options().stream().map(o -> new Question.Option("opcion-" + (char) ('z' - o.letter().charAt(0) + 'A'), o.text(), o.correct(), o.explanation())).toList(),
                q.concepts())).toList();
        assertEquals(deck(), AnkiDeck.render(Exports.guide().modules(), renamed));
    }

    /** The graph's answer key is skewed (B far more often than D); on the cards no position holds more than 40 %. */
    @Test
    void theRightAnswerIsNotKeptOnOnePosition() {
        Map<Integer, Integer> byPosition = new LinkedHashMap<>();
        int single = 0;
        for (Question q : Exports.questions()) {
            if (q.multiple() || q.options().size() != 4) continue;
            single++;
            List<Question.Option> order = AnkiDeck.cardOrder(q);
            for (int i = 0; i < order.size(); i++) if (order.get(i).correct()) byPosition.merge(i, 1, Integer::sum);
        }
        assertTrue(single >= 50, "enough questions to measure: " + single);
        for (var e : byPosition.entrySet()) assertTrue(e.getValue() <= 0.40 * single, "position " + e.getKey() + ": " + e.getValue() + " of " + single);
    }
}

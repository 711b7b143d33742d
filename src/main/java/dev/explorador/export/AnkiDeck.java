package dev.explorador.export;

import static dev.explorador.export.ExportText.xml;

import dev.explorador.course.Outline;
import dev.explorador.course.Question;
import dev.explorador.query.Card;
import dev.explorador.query.ConceptRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Flash cards as a tab-separated text file that Anki (2.1.55+) imports as it is: File → Import.
 *
 * <p>The header lines follow the "File Headers" table of Anki's manual (docs.ankiweb.net/importing/text-files.html,
 * source ankitects/anki-manual src/importing/text-files.md): {@code #separator:tab}, {@code #html:true},
 * {@code #notetype:<name or id>} (presets the note type if it exists), {@code #columns:...},
 * {@code #guid column:N}, {@code #deck column:N} (a missing deck is created), {@code #tags column:N}.
 * With a GUID column, re-importing an updated file updates the notes in place and keeps their review history.
 *
 * <p>Rows: each concept twice (name → definition, definition → name) and each practice question with its
 * answer and explanations. A question's options are in an order of their own, shuffled once from the question's IRI
 * (stable across exports, unrelated to the graph's letters), labelled A, B, C… by position; the answer names the
 * right option's text, so nothing on the card depends on the letters stored in the graph. The GUID is a hash of the concept or question IRI and the direction: stable across
 * runs and graph edits, never random.
 */
public final class AnkiDeck {
    public static final String DECK = "Explorador GenAI Databricks";
    static final String QUESTIONS_DECK = DECK + "::Preguntas de práctica";
    static final List<String> COLUMNS = List.of("guid", "mazo", "anverso", "reverso", "etiquetas");

    /** One row of the file, before escaping. */
    public record Note(String guid, String deck, String front, String back, Set<String> tags) {}

    private AnkiDeck() {}

    public static String render(List<Outline.Module> summary, List<Question> questions) {
        StringBuilder out = new StringBuilder();
        out.append("#separator:tab\n#html:true\n#notetype:Basic\n")
                .append("#columns:").append(String.join("\t", COLUMNS)).append('\n')
                .append("#guid column:1\n#deck column:2\n#tags column:5\n");
        for (Note note : notes(summary, questions)) {
            out.append(note.guid()).append('\t').append(field(note.deck())).append('\t').append(note.front()).append('\t')
                    .append(note.back()).append('\t').append(String.join(" ", note.tags())).append('\n');
        }
        return out.toString();
    }

    public static List<Note> notes(List<Outline.Module> summary, List<Question> questions) {
        Map<String, Outline.Module> moduleOf = new LinkedHashMap<>();
        List<Note> notes = new ArrayList<>();
        for (Outline.Module m : summary) {
            String deck = DECK + "::" + m.order() + ". " + m.label();
            for (Outline.Topic t : m.topics()) {
                for (Card card : t.cards()) {
                    moduleOf.put(card.concept().slug(), m);
                    Set<String> tags = tags("concepto", List.of(m));
                    card.objetivos().forEach(o -> tags.add(sectionTag(o.section(), o.sectionLabel())));
                    notes.add(new Note(guid(card.concept().iri(), "nombre-definicion"), deck, nameSide(card.concept()),
                            definitionSide(card), tags));
                    notes.add(new Note(guid(card.concept().iri(), "definicion-nombre"), deck,
                            field(card.definicion()) + "<br><br><i>¿Qué concepto es?</i>", nameSide(card.concept()), tags));
                }
            }
        }
        for (Question q : questions) {
            List<Outline.Module> modules = q.concepts().stream().map(c -> moduleOf.get(c.slug()))
                    .filter(Objects::nonNull).distinct().toList();
            Set<String> tags = tags("pregunta", modules);
            tags.add(sectionTag(q.section(), q.sectionLabel()));
            notes.add(new Note(guid(q.iri(), "pregunta"), QUESTIONS_DECK, questionSide(q), answerSide(q), tags));
        }
        return notes;
    }

    private static String nameSide(ConceptRef concept) {
        String en = concept.labelEn() == null || concept.labelEn().equalsIgnoreCase(concept.label())
                ? "" : "<br><i>" + field(concept.labelEn()) + "</i>";
        return "<b>" + field(concept.label()) + "</b>" + en;
    }

    private static String definitionSide(Card card) {
        StringBuilder back = new StringBuilder(field(card.definicion()));
        if (card.definicionDatabricks() != null) back.append("<br><br><b>En Databricks:</b> ").append(field(card.definicionDatabricks()));
        if (card.consejoExamen() != null) back.append("<br><br><b>Examen:</b> ").append(field(card.consejoExamen()));
        return back.toString();
    }

    private static String questionSide(Question q) {
        StringBuilder front = new StringBuilder(field(q.stem()));
        if (q.multiple()) front.append(" <i>(Elige DOS)</i>");
        front.append("<br>");
        List<Question.Option> options = cardOrder(q);
        for (int i = 0; i < options.size(); i++) {
            front.append("<br><b>").append(position(i)).append(".</b> ").append(field(options.get(i).text()));
        }
        return front.toString();
    }

    private static String answerSide(Question q) {
        List<Question.Option> options = cardOrder(q);
        List<String> right = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct()) right.add(position(i) + ". " + field(options.get(i).text()));
        }
        StringBuilder back = new StringBuilder("<b>Respuesta: ").append(String.join(" · ", right)).append("</b>");
        if (q.explanation() != null) back.append("<br><br>").append(field(q.explanation()));
        for (int i = 0; i < options.size(); i++) {
            Question.Option o = options.get(i);
            if (o.explanation() == null) continue;
            back.append("<br><br><b>").append(position(i)).append(o.correct() ? " ✔" : " ✘").append(":</b> ").append(field(o.explanation()));
        }
        return back.toString();
    }

    /** The options in the card's own order: a shuffle seeded by the question's IRI (java.util.Random is specified, so stable). */
    static List<Question.Option> cardOrder(Question q) {
        List<Question.Option> options = new ArrayList<>(q.options());
        long seed = Long.parseLong(guid(q.iri(), "orden").substring(2, 17), 16);
        Collections.shuffle(options, new Random(seed));
        return options;
    }

    static String position(int index) {
        return String.valueOf((char) ('A' + index));
    }

    private static Set<String> tags(String kind, List<Outline.Module> modules) {
        Set<String> tags = new LinkedHashSet<>(List.of("explorador-genai", kind));
        modules.forEach(m -> tags.add("modulo::" + m.order() + "-" + ExportText.slug(m.label())));
        return tags;
    }

    private static String sectionTag(String section, String label) {
        return "seccion::" + section.replace("ex:", "") + "-" + ExportText.slug(label);
    }

    /** Field text as HTML on one line: tabs and line breaks would end the field or the note. */
    static String field(String text) {
        return xml(text).replace("\t", " ").replace("\r", "").replace("\n", "<br>");
    }

    /** A stable id: the first 16 hex digits of SHA-256 over IRI and direction. */
    static String guid(String iri, String direction) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((iri + "#" + direction).getBytes(StandardCharsets.UTF_8));
            return "eg" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 no está disponible", e);
        }
    }
}

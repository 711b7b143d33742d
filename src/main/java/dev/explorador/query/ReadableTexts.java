package dev.explorador.query;

import dev.explorador.graph.Vocab;
import dev.explorador.readability.TextReadability;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The prose of the graph whose readability is measured (stats-readability.rq), one kind of text at a time. */
public final class ReadableTexts {
    /** The kinds of text, in the order the stats show them: the two the course promises to keep easy come first. */
    public static final Map<String, String> FIELDS = fields();

    /** One text: the node it belongs to (a concept, or a module or topic for a story) and its field. */
    public record Text(String field, String node, String text) {}

    private final QueryRunner runner;

    public ReadableTexts(QueryRunner runner) {
        this.runner = runner;
    }

    /** Field (short form, e.g. {@code skos:definition}) → its texts. */
    public Map<String, List<Text>> byField() {
        Map<String, List<Text>> texts = new LinkedHashMap<>();
        FIELDS.keySet().forEach(f -> texts.put(f, new ArrayList<>()));
        runner.select("stats-readability").forEach(r -> {
            String field = Vocab.shortForm(r.getResource("field").getURI());
            texts.get(field).add(new Text(field, Vocab.shortForm(r.getResource("node").getURI()),
                    r.getLiteral("text").getLexicalForm()));
        });
        return texts;
    }

    /** The median readability of each kind of text. */
    public List<TextReadability> summary() {
        return byField().entrySet().stream()
                .map(e -> TextReadability.of(e.getKey(), FIELDS.get(e.getKey()), e.getValue().stream().map(Text::text).toList()))
                .toList();
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("skos:definition", "Definiciones sencillas");
        fields.put("gd:idea", "Historias («La idea»)");
        fields.put("gd:definicionDatabricks", "Definiciones de Databricks");
        fields.put("gd:consejoExamen", "Consejos de examen");
        return java.util.Collections.unmodifiableMap(fields);
    }
}

package dev.explorador.query;

import dev.explorador.fulltext.BuiltTextIndex;
import dev.explorador.fulltext.FullTextIndex;
import dev.explorador.fulltext.Passage;
import dev.explorador.fulltext.TextMatch;
import dev.explorador.graph.Vocab;
import dev.explorador.store.KnowledgeStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.QuerySolution;

/**
 * Full-text search inside every card and practice question (definitions, examples, exam tips, notes, code,
 * question stems, options and explanations). The Lucene index is built from the store on the first search.
 */
public final class TextSearchService {
    private static final Set<String> NAME_FIELDS = Set.of("nombre", "otroNombre", "nombreAnterior");
    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("nombre", "Nombre"), Map.entry("otroNombre", "Otro nombre"), Map.entry("nombreAnterior", "Nombre anterior"),
            Map.entry("definicion", "Definición"), Map.entry("definicionDatabricks", "En Databricks"),
            Map.entry("ejemplo", "Ejemplo"), Map.entry("consejoExamen", "Consejo para el examen"), Map.entry("codigo", "Código"),
            Map.entry("notaAlcance", "Nota"), Map.entry("historial", "Historial"),
            Map.entry("enunciado", "Pregunta de práctica"), Map.entry("explicacion", "Explicación de una pregunta"),
            Map.entry("opcion", "Opción de una pregunta"), Map.entry("explicacionOpcion", "Explicación de una opción"));
    /** The score of the best text match; names score 20 or more, so they always rank above. */
    static final int TOP_TEXT_SCORE = 19;

    /** Where the build writes the index of the bundled graph ({@link #writeBuiltIndex}). */
    public static final String BUILT_INDEX = "/grafo-construido/indice-texto";

    private final QueryRunner runner;
    private final GraphSnapshot snapshot;
    private volatile FullTextIndex index;

    TextSearchService(QueryRunner runner, GraphSnapshot snapshot) {
        this.runner = runner;
        this.snapshot = snapshot;
    }

    /** The best matches inside the texts, concepts and questions alike, each entity once. */
    public List<SearchHit> search(String text, int limit) {
        List<TextMatch> matches = index().search(text, limit);
        if (matches.isEmpty()) return List.of();
        double top = matches.get(0).score();
        List<SearchHit> hits = new ArrayList<>();
        for (TextMatch m : matches) {
            int score = Math.max(1, (int) Math.round(TOP_TEXT_SCORE * m.score() / top));
            String label = FIELD_LABELS.getOrDefault(m.field(), m.field());
            if (m.entity().startsWith(Vocab.QUESTION)) {
                String concept = snapshot.conceptOfQuestion(m.entity());
                if (concept == null) continue; // a question that tests no concept has no card to open
                hits.add(new SearchHit(snapshot.concept(concept).orElseThrow(), null, score, m.field(), label, m.snippet(),
                        m.highlights(), m.entity().substring(Vocab.QUESTION.length())));
            } else {
                snapshot.concept(m.entity()).ifPresent(c -> hits.add(new SearchHit(c, null, score, m.field(), label, m.snippet(),
                        m.highlights(), null)));
            }
        }
        return List.copyOf(hits);
    }

    void prepare() {
        index();
    }

    private FullTextIndex index() {
        FullTextIndex built = index;
        if (built != null) return built;
        synchronized (this) {
            if (index == null) {
                long start = System.nanoTime();
                Optional<FullTextIndex> fromBuild = runner.store().holdsTheBuiltGraph() ? BuiltTextIndex.get(BUILT_INDEX) : Optional.empty();
                index = fromBuild.orElseGet(() -> FullTextIndex.build(passages(runner)));
                org.slf4j.LoggerFactory.getLogger(TextSearchService.class).info("Índice de texto {} en {} ms",
                        fromBuild.isPresent() ? "leído de la construcción" : "creado", (System.nanoTime() - start) / 1_000_000);
            }
            return index;
        }
    }

    /** Every text the search looks into: one passage per field value of every concept and question. */
    static List<Passage> passages(QueryRunner runner) {
        List<Passage> passages = new ArrayList<>();
        for (QuerySolution row : runner.select("searchable-text")) {
            String field = row.getLiteral("field").getLexicalForm();
            passages.add(new Passage(row.getResource("entity").getURI(), field, NAME_FIELDS.contains(field),
                    row.getLiteral("value").getLexicalForm()));
        }
        return passages;
    }

    /** Starts reading the build's index now, before the graph is loaded (used only if the graph is the built one). */
    public static void prefetchBuiltIndex() {
        BuiltTextIndex.prefetch(BUILT_INDEX);
    }

    /** Writes the index of the graph in this store into a folder of the classes (run at build time). */
    public static void writeBuiltIndex(KnowledgeStore store, Path classes) throws IOException {
        Path folder = classes.resolve(BUILT_INDEX.substring(1));
        BuiltTextIndex.write(passages(new QueryRunner(store, Explorer.DEFAULT_TIMEOUT_MILLIS)), folder);
    }
}

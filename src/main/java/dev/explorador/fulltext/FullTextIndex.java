package dev.explorador.fulltext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * An in-memory Lucene index of every passage (one Lucene document per field value), each text analysed twice:
 * as Spanish ({@code es}) and as English ({@code en}). A search groups the passages by entity, keeps each entity's
 * best passage (a name counts {@link #NAME_WEIGHT} times more) and cuts a highlighted snippet out of it.
 */
public final class FullTextIndex {
    static final String ENTITY = "entity";
    static final String FIELD = "field";
    static final String NAME = "name";
    static final String ES = "es";
    static final String EN = "en";
    /** A word in a name says more about what a card is than the same word in its example. */
    static final double NAME_WEIGHT = 3;
    private static final int PASSAGES_READ = 500;

    private final IndexSearcher searcher;
    private final QueryBuilder queries = new QueryBuilder();
    private final Snippets snippets;

    private FullTextIndex(IndexSearcher searcher, Analyzer indexAnalyzer) {
        this.searcher = searcher;
        this.snippets = new Snippets(indexAnalyzer);
    }

    public static FullTextIndex build(List<Passage> passages) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        fill(directory, passages, Codec.getDefault());
        return open(directory);
    }

    /** Opens an index written by {@link #build} or {@link #write}. */
    public static FullTextIndex open(Directory directory) {
        try {
            return new FullTextIndex(new IndexSearcher(DirectoryReader.open(directory)), indexAnalyzer());
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo abrir el índice de texto", e);
        }
    }

    /** Writes the index of these passages into a folder (at build time), one file per Lucene file. */
    public static void write(List<Passage> passages, Path folder) throws IOException {
        try (Directory directory = FSDirectory.open(Files.createDirectories(folder))) {
            // Stored texts deflated rather than LZ4-packed: a smaller jar; reading them back costs nothing noticeable.
            fill(directory, passages, new Lucene912Codec(Lucene912Codec.Mode.BEST_COMPRESSION));
        }
    }

    private static Analyzer indexAnalyzer() {
        return new PerFieldAnalyzerWrapper(new FoldingAnalyzer(FoldingAnalyzer.Language.SPANISH, FoldingAnalyzer.Mode.INDEX),
                Map.of(EN, new FoldingAnalyzer(FoldingAnalyzer.Language.ENGLISH, FoldingAnalyzer.Mode.INDEX)));
    }

    private static void fill(Directory directory, List<Passage> passages, Codec codec) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer()).setCodec(codec))) {
            for (Passage p : passages) {
                if (p.text() == null || p.text().isBlank()) continue;
                Document doc = new Document();
                // What a search reads of every passage it weighs (hundreds): columns, not the compressed stored text.
                doc.add(new SortedDocValuesField(ENTITY, new BytesRef(p.entity())));
                doc.add(new SortedDocValuesField(FIELD, new BytesRef(p.field())));
                doc.add(new NumericDocValuesField(NAME, p.name() ? 1 : 0));
                doc.add(new TextField(ES, p.text(), Field.Store.YES));
                doc.add(new TextField(EN, p.text(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo crear el índice de texto", e);
        }
    }

    /** The best entities for the words typed, each once, with the field that matched and a snippet of it. */
    public List<TextMatch> search(String text, int limit) {
        QueryBuilder.Built built = queries.build(text);
        if (built == null) return List.of();
        try {
            ScoreDoc[] hits = searcher.search(built.query(), PASSAGES_READ).scoreDocs;
            Map<Integer, Candidate> read = candidates(hits);
            Map<String, Candidate> best = new LinkedHashMap<>();
            for (ScoreDoc hit : hits) {
                Candidate c = read.get(hit.doc);
                Candidate known = best.get(c.entity());
                if (known == null || known.score() < c.score()) best.put(c.entity(), c);
            }
            List<Candidate> ranked = new ArrayList<>(best.values());
            ranked.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::entity));
            List<TextMatch> out = new ArrayList<>();
            StoredFields texts = searcher.storedFields();
            for (Candidate c : ranked.subList(0, Math.min(limit, ranked.size()))) {
                String passage = texts.document(c.doc(), Set.of(ES)).get(ES); // only the shown passages are decompressed
                out.add(snippets.cut(new TextMatch(c.entity(), c.field(), c.name(), passage, List.of(), c.score()), built));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo buscar en el índice de texto", e);
        }
    }

    /** One passage a search weighs: whose it is, which field, whether a name, and its weighted score. */
    private record Candidate(int doc, String entity, String field, boolean name, double score) {}

    /** Entity, field and name of each hit, read from the doc-value columns in document order (as they must be). */
    private Map<Integer, Candidate> candidates(ScoreDoc[] hits) throws IOException {
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(h -> h.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, Candidate> read = new HashMap<>();
        LeafReaderContext leaf = null;
        SortedDocValues entities = null;
        SortedDocValues fields = null;
        NumericDocValues names = null;
        for (ScoreDoc hit : byDoc) {
            if (leaf == null || hit.doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                entities = DocValues.getSorted(leaf.reader(), ENTITY);
                fields = DocValues.getSorted(leaf.reader(), FIELD);
                names = DocValues.getNumeric(leaf.reader(), NAME);
            }
            int doc = hit.doc - leaf.docBase;
            boolean name = names.advanceExact(doc) && names.longValue() == 1;
            read.put(hit.doc, new Candidate(hit.doc, value(entities, doc), value(fields, doc), name,
                    hit.score * (name ? NAME_WEIGHT : 1)));
        }
        return read;
    }

    private static String value(SortedDocValues column, int doc) throws IOException {
        return column.advanceExact(doc) ? column.lookupOrd(column.ordValue()).utf8ToString() : "";
    }
}

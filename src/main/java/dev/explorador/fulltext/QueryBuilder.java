package dev.explorador.fulltext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a person typed into a Lucene query: stop words of either language are left out; each word must match, as Spanish or as English, whole or as all
 * its parts ("log_model": "log" and "model"), or with one typo when it is long (weighing less); in a query of three
 * words or more, three words in four are enough. Only the first {@link #MAX_WORDS} words count, and typos are
 * forgiven only in short queries, which keeps every query far below Lucene's clause limit.
 */
final class QueryBuilder {
    static final int MAX_WORDS = 16;
    private static final int FUZZY_FROM = 5;
    private static final int FUZZY_UP_TO_WORDS = 6;
    private static final int FUZZY_EXPANSIONS = 20;

    /** The query to search with, and the Spanish and English halves of it to highlight each reading (either may be null). */
    record Built(Query query, Query spanish, Query english) {}

    private static final FoldingAnalyzer.Language ES = FoldingAnalyzer.Language.SPANISH;
    private static final FoldingAnalyzer.Language EN = FoldingAnalyzer.Language.ENGLISH;
    private final Analyzer spanish = new FoldingAnalyzer(ES, FoldingAnalyzer.Mode.WHOLE);
    private final Analyzer spanishParts = new FoldingAnalyzer(ES, FoldingAnalyzer.Mode.PARTS);
    private final Analyzer english = new FoldingAnalyzer(EN, FoldingAnalyzer.Mode.WHOLE);
    private final Analyzer englishParts = new FoldingAnalyzer(EN, FoldingAnalyzer.Mode.PARTS);

    /** The query, or null when nothing is left to look for (empty text, or only stop words). */
    Built build(String text) {
        if (text == null || text.isBlank()) return null;
        String[] typed = new LinkedHashSet<>(List.of(text.trim().split("\\s+"))).toArray(String[]::new); // each word once
        boolean fuzzy = typed.length <= FUZZY_UP_TO_WORDS;
        List<Query> words = new ArrayList<>();
        BooleanQuery.Builder es = new BooleanQuery.Builder();
        BooleanQuery.Builder en = new BooleanQuery.Builder();
        boolean anyEs = false;
        boolean anyEn = false;
        for (String word : typed) {
            if (words.size() == MAX_WORDS) break;
            // A stop word of either language ("de", "the") is in nearly every text of the other: it finds nothing.
            if (terms(spanish, word).isEmpty() || terms(english, word).isEmpty()) continue;
            Query spanishWord = reading(word, FullTextIndex.ES, spanish, spanishParts, fuzzy);
            Query englishWord = reading(word, FullTextIndex.EN, english, englishParts, false);
            if (spanishWord == null && englishWord == null) continue;
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            if (spanishWord != null) {
                either.add(spanishWord, BooleanClause.Occur.SHOULD);
                es.add(spanishWord, BooleanClause.Occur.SHOULD);
                anyEs = true;
            }
            if (englishWord != null) {
                either.add(englishWord, BooleanClause.Occur.SHOULD);
                en.add(englishWord, BooleanClause.Occur.SHOULD);
                anyEn = true;
            }
            words.add(either.build());
        }
        if (words.isEmpty()) return null;
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        words.forEach(w -> all.add(w, BooleanClause.Occur.SHOULD));
        all.setMinimumNumberShouldMatch(words.size() <= 2 ? words.size() : (int) Math.ceil(words.size() * 0.75));
        return new Built(all.build(), anyEs ? es.build() : null, anyEn ? en.build() : null);
    }

    /** One word in one language: whole, or every one of its parts, or (Spanish, long words) one typo away. */
    private static Query reading(String word, String field, Analyzer whole, Analyzer parts, boolean fuzzy) {
        Set<String> terms = terms(whole, word);
        Set<String> pieces = terms(parts, word);
        pieces.removeAll(terms);
        if (terms.isEmpty() && pieces.isEmpty()) return null;
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String t : terms) {
            any.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
            if (fuzzy && t.length() >= FUZZY_FROM) {
                any.add(new BoostQuery(new FuzzyQuery(new Term(field, t), 1, 2, FUZZY_EXPANSIONS, true), 0.3f), BooleanClause.Occur.SHOULD);
            }
        }
        if (pieces.size() > 1) {
            BooleanQuery.Builder together = new BooleanQuery.Builder();
            pieces.forEach(p -> together.add(new TermQuery(new Term(field, p)), BooleanClause.Occur.MUST));
            any.add(together.build(), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    private static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(FullTextIndex.ES, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) terms.add(term.toString());
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}

package dev.explorador.fulltext;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Text analysis for one language: words, lower case, stop words out, accents folded ("inferéncia" = "inferencia"),
 * then a light stemmer so plurals meet singulars ("tablas" = "tabla", "endpoints" = "endpoint"). Names in code
 * are indexed whole and as their parts, each part with its own offsets ({@code mlflow.pyfunc.log_model} is found
 * by "pyfunc", and by "log_model" through its parts "log" and "model"); a query reads a word whole, or as its parts.
 */
final class FoldingAnalyzer extends Analyzer {
    enum Language { SPANISH, ENGLISH }

    /** What the words become: whole and in parts (indexing), whole (a query word), or only its parts. */
    enum Mode { INDEX, WHOLE, PARTS }

    private static final int PARTS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE;

    private final Language language;
    private final Mode mode;

    FoldingAnalyzer(Language language, Mode mode) {
        this.language = language;
        this.mode = mode;
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = source;
        if (mode != Mode.WHOLE) {
            int flags = mode == Mode.INDEX ? PARTS | WordDelimiterGraphFilter.PRESERVE_ORIGINAL : PARTS;
            stream = new FlattenGraphFilter(new WordDelimiterGraphFilter(stream, true,
                    WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE, flags, null));
        }
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, stopWords());
        stream = new ASCIIFoldingFilter(stream);
        stream = language == Language.SPANISH ? new SpanishLightStemFilter(stream)
                : new EnglishMinimalStemFilter(new EnglishPossessiveFilter(stream));
        return new TokenStreamComponents(source, stream);
    }

    private CharArraySet stopWords() {
        return language == Language.SPANISH ? SpanishAnalyzer.getDefaultStopSet() : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}

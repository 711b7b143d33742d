package dev.explorador.fulltext;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Cuts the snippet of a hit with Lucene's unified highlighter: the best sentence of the matched text, shortened to
 * about {@link #LENGTH} characters around the first matched word, with the offsets of every matched word in it.
 * The highlighter re-analyses the stored text, first as Spanish and, if nothing matched there, as English.
 */
final class Snippets {
    static final int LENGTH = 220;
    private static final int BEFORE = 70;
    private final UnifiedHighlighter highlighter;

    Snippets(Analyzer indexAnalyzer) {
        this.highlighter = UnifiedHighlighter.builder(null, indexAnalyzer)
                .withFormatter(new Formatter())
                .withMaxNoHighlightPassages(0)
                .withMaxLength(100_000)
                .build();
    }

    TextMatch cut(TextMatch match, QueryBuilder.Built query) {
        String text = match.snippet();
        try {
            for (String field : List.of(FullTextIndex.ES, FullTextIndex.EN)) {
                Query terms = field.equals(FullTextIndex.ES) ? query.spanish() : query.english();
                if (terms == null) continue;
                Object cut = highlighter.highlightWithoutSearcher(field, terms, text, 1);
                if (cut instanceof Cut c) {
                    return new TextMatch(match.entity(), match.field(), match.name(), c.text(), c.spans(), match.score());
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Cut plain = window(text, 0, text.length(), 0, List.of());
        return new TextMatch(match.entity(), match.field(), match.name(), plain.text(), List.of(), match.score());
    }

    private record Cut(String text, List<TextMatch.Span> spans) {}

    /** From {@code from} to {@code to} of the text, at most {@link #LENGTH} characters starting a little before {@code focus}. */
    private static Cut window(String text, int from, int to, int focus, List<int[]> matches) {
        int start = Math.max(from, focus - BEFORE);
        if (start > from) {
            int space = text.indexOf(' ', start);
            if (space >= 0 && space < focus) start = space + 1;
        }
        int end = Math.min(to, start + LENGTH);
        if (end < to) {
            int space = text.lastIndexOf(' ', end);
            if (space > start) end = space;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        String prefix = start > 0 ? "…" : "";
        String suffix = end < text.length() ? "…" : "";
        List<TextMatch.Span> spans = new ArrayList<>();
        List<int[]> sorted = new ArrayList<>(matches);
        sorted.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        int shift = prefix.length() - start;
        for (int[] m : sorted) {
            if (m[0] < start || m[1] > end) continue;
            TextMatch.Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            // A code name and its parts ("log_model", "log", "model") overlap: one mark for all of them.
            if (last != null && m[0] + shift <= last.end()) {
                spans.set(spans.size() - 1, new TextMatch.Span(last.start(), Math.max(last.end(), m[1] + shift)));
            } else {
                spans.add(new TextMatch.Span(m[0] + shift, m[1] + shift));
            }
        }
        return new Cut(prefix + text.substring(start, end) + suffix, List.copyOf(spans));
    }

    /** Keeps the best passage's bounds and match offsets instead of writing markup. */
    private static final class Formatter extends PassageFormatter {
        @Override
        public Object format(org.apache.lucene.search.uhighlight.Passage[] passages, String content) {
            for (var passage : passages) {
                if (passage.getNumMatches() == 0) continue;
                List<int[]> matches = new ArrayList<>();
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    matches.add(new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]});
                }
                return window(content, passage.getStartOffset(), passage.getEndOffset(), matches.get(0)[0], matches);
            }
            return null;
        }
    }
}

package dev.explorador.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every name of every concept (plus its slug read as words), with an inverted index from each word to the
 * names that contain it. Search asks it for the names worth scoring: those with a word that starts with,
 * contains, or nearly spells one of the query's words. On a graph of 50 000 concepts that is a few hundred
 * names instead of all of them.
 */
final class NameIndex {
    /** One name of one concept, folded and split once. */
    record Entry(ConceptRef concept, GraphSnapshot.Name name, String[] words) {}

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, List<Integer>> entriesOfWord = new HashMap<>();
    private final String[] vocabulary; // sorted, so the words with a given prefix are one range

    NameIndex(GraphSnapshot snapshot) {
        for (ConceptRef concept : snapshot.concepts()) {
            for (GraphSnapshot.Name name : snapshot.names(concept.iri())) add(concept, name);
            String slugAsWords = concept.slug().replace('-', ' ');
            add(concept, new GraphSnapshot.Name(concept.slug(), TextNormalizer.normalize(slugAsWords), false));
        }
        vocabulary = entriesOfWord.keySet().stream().sorted().toArray(String[]::new);
    }

    private void add(ConceptRef concept, GraphSnapshot.Name name) {
        String[] words = TextNormalizer.words(name.normalized());
        int id = entries.size();
        entries.add(new Entry(concept, name, words));
        for (String word : words) entriesOfWord.computeIfAbsent(word, w -> new ArrayList<>()).add(id);
    }

    /** The names in which every query word starts some word (found by binary search in the sorted vocabulary). */
    List<Entry> prefixCandidates(String[] queryWords) {
        BitSet all = null;
        for (String q : queryWords) {
            BitSet withWord = new BitSet(entries.size());
            int from = Arrays.binarySearch(vocabulary, q);
            if (from < 0) from = -from - 1;
            for (int i = from; i < vocabulary.length && vocabulary[i].startsWith(q); i++) {
                entriesOfWord.get(vocabulary[i]).forEach(withWord::set);
            }
            if (all == null) all = withWord;
            else all.and(withWord);
        }
        return all == null ? List.of() : list(all);
    }

    /**
     * The names that (nearly) match enough of the query's words to score at all: every word for a one-word
     * query, at least 60 % of them otherwise (the partial-match rule of {@link SearchService#score}).
     */
    List<Entry> candidates(String[] queryWords) {
        int[] matched = new int[entries.size()];
        for (String q : queryWords) {
            BitSet withWord = new BitSet(entries.size());
            for (String word : vocabulary) {
                if (related(q, word)) entriesOfWord.get(word).forEach(withWord::set);
            }
            for (int i = withWord.nextSetBit(0); i >= 0; i = withWord.nextSetBit(i + 1)) matched[i]++;
        }
        int needed = queryWords.length == 1 ? 1 : (int) Math.ceil(queryWords.length * 0.6);
        BitSet enough = new BitSet(entries.size());
        for (int i = 0; i < matched.length; i++) if (matched[i] >= needed) enough.set(i);
        return list(enough);
    }

    private List<Entry> list(BitSet hits) {
        List<Entry> result = new ArrayList<>(hits.cardinality());
        for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) result.add(entries.get(i));
        return result;
    }

    /**
     * Same rules as {@link SearchService#score}: prefix, substring, stem, or a typo within the allowance.
     * A typo is only looked for where one of the first two letters is right, which keeps the scan cheap.
     */
    private static boolean related(String q, String word) {
        if (word.startsWith(q) || word.contains(q)) return true;
        int allowed = SearchService.typoAllowance(q);
        if (allowed == 0 || !sameStart(q, word)) return false;
        if (q.length() >= 6 && word.length() >= 6 && q.regionMatches(0, word, 0, 5)) return true;
        if (Math.abs(word.length() - q.length()) <= allowed && TextNormalizer.distance(q, word, allowed) <= allowed) return true;
        return word.length() > q.length() && TextNormalizer.distance(q, word.substring(0, q.length()), allowed) <= allowed;
    }

    private static boolean sameStart(String q, String word) {
        return q.charAt(0) == word.charAt(0) || (word.length() > 1 && (q.charAt(1) == word.charAt(0) || q.charAt(0) == word.charAt(1)));
    }
}

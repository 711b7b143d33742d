package dev.explorador.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds concepts by any of their names, Spanish or English, ignoring accents and case,
 * by prefix and with typos forgiven. Ranking: exact name, then name prefix, then word prefix,
 * then substring, then near misses; preferred names beat alternative ones.
 */
public final class SearchService {
    private final NameIndex index;

    public SearchService(GraphSnapshot snapshot) {
        this.index = new NameIndex(snapshot);
    }

    public List<SearchHit> search(String text, int limit) {
        String query = TextNormalizer.normalize(text);
        if (query.isEmpty()) return List.of();
        String[] queryWords = contentWords(TextNormalizer.words(query));
        // Scores of 70 or more need every query word to start a word of the name; substring, typo and partial
        // matches score at most 65. So when those prefix matches alone fill the page, nothing else can enter it.
        Map<ConceptRef, SearchHit> best = score(query, queryWords, index.prefixCandidates(queryWords));
        if (best.values().stream().filter(h -> h.score() >= 70).count() < limit) {
            best = score(query, queryWords, index.candidates(queryWords));
        }
        List<SearchHit> hits = new ArrayList<>(best.values());
        hits.sort(Comparator.comparingInt(SearchHit::score).reversed()
                .thenComparing(h -> h.concept().label().length())
                .thenComparing(h -> h.concept().label())
                .thenComparing(h -> h.concept().slug()));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
    }

    private static Map<ConceptRef, SearchHit> score(String query, String[] queryWords, List<NameIndex.Entry> candidates) {
        Map<ConceptRef, SearchHit> best = new HashMap<>();
        for (NameIndex.Entry entry : candidates) {
            int score = score(query, queryWords, entry.name(), entry.words());
            if (score <= 0) continue;
            SearchHit current = best.get(entry.concept());
            if (current == null || score > current.score()) {
                best.put(entry.concept(), new SearchHit(entry.concept(), entry.name().text(), score));
            }
        }
        return best;
    }

    /** Typos forgiven in a word of this length: none for short words, one up to 7 letters, then two. */
    static int typoAllowance(String word) {
        return word.length() < 4 ? 0 : word.length() < 8 ? 1 : 2;
    }

    static int score(String query, String[] queryWords, GraphSnapshot.Name name, String[] words) {
        String candidate = name.normalized();
        int bonus = name.preferred() ? 5 : 0;
        if (candidate.equals(query)) return 100 + bonus;
        if (candidate.startsWith(query)) return 80 + bonus - Math.min(10, (candidate.length() - query.length()) / 4);
        if (allWordsStart(queryWords, words)) return 70 + bonus;
        if (queryWords.length == 1 && queryWords[0].length() < 3) return 0; // "a", "de": too short to mean anything
        if (candidate.contains(query)) return 60 + bonus;
        int typos = typoDistance(queryWords, words);
        if (typos >= 0) return 50 - 10 * typos + bonus;
        double share = shareOfWordsFound(queryWords, words);
        // Most of a long question matches ("ciclo de vida de un sistema GenAI"): a weak but useful hit.
        if (queryWords.length >= 2 && share >= 0.6) return 20 + (int) Math.round(20 * share) + bonus / 5;
        return 0;
    }

    /** Words that carry meaning: "de", "la", "the", "of"... only get in the way of matching. */
    static String[] contentWords(String[] words) {
        String[] kept = java.util.Arrays.stream(words).filter(w -> !STOPWORDS.contains(w)).toArray(String[]::new);
        return kept.length == 0 ? words : kept;
    }

    private static final java.util.Set<String> STOPWORDS = java.util.Set.of(
            "de", "del", "la", "las", "el", "los", "un", "una", "unos", "unas", "y", "o", "en", "con", "para", "por",
            "al", "que", "se", "su", "sus", "the", "of", "an", "and", "to", "for", "in", "on", "with", "is", "as");

    /** The share of query words that start, or nearly start, some word of the name. */
    private static double shareOfWordsFound(String[] queryWords, String[] words) {
        int found = 0;
        for (String q : queryWords) {
            if (typoDistance(new String[] {q}, words) >= 0) found++;
        }
        return queryWords.length == 0 ? 0 : (double) found / queryWords.length;
    }

    /** Every query word is the start of some word of the name ("tab infer" finds "tabla de inferencia"). */
    private static boolean allWordsStart(String[] queryWords, String[] words) {
        for (String q : queryWords) {
            boolean found = false;
            for (String w : words) {
                if (w.startsWith(q)) {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    /**
     * Total typos needed so every query word matches (the start of) some word of the name,
     * or -1 when a word is too far off. Short words get no typo allowance.
     */
    private static int typoDistance(String[] queryWords, String[] words) {
        int total = 0;
        for (String q : queryWords) {
            int allowed = typoAllowance(q);
            int best = allowed + 1;
            for (String w : words) {
                best = Math.min(best, TextNormalizer.distance(q, w, allowed));
                // Same stem, other ending: "reducir" / "reduccion", "monitorear" / "monitoreo".
                if (allowed > 0 && q.length() >= 6 && w.length() >= 6 && q.regionMatches(0, w, 0, 5)) best = Math.min(best, 1);
                if (w.length() > q.length()) best = Math.min(best, TextNormalizer.distance(q, w.substring(0, q.length()), allowed));
            }
            if (best > allowed) return -1;
            total += best;
        }
        return total;
    }
}

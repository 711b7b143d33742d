package dev.explorador.audit;

import dev.explorador.query.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds concept names in text: accents, case and punctuation ignored (the project's {@link TextNormalizer}),
 * whole words only, and at each place the longest name wins ("Unity Catalog model registry" is not also
 * "Unity Catalog"). A name shared by several concepts points at all of them; a generic name still takes its
 * place in the text (so nothing shorter is found inside it) but is marked as not counting.
 */
final class NameMatcher {
    private static final Pattern PARENTHESIS = Pattern.compile("^(.+?)\\s*\\((.+)\\)\\s*$");

    /** A name found in a text: the words as written (folded), the concepts it names, whether it is generic. */
    record Match(String words, Set<String> concepts, boolean generic) {}

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final Set<String> concepts = new LinkedHashSet<>();
        boolean end;
        boolean generic;
    }

    private final Node root = new Node();

    /** Adds every way a label can be written: whole, and "Servicio de modelos (Model Serving)" as both halves. */
    void addName(String concept, String label) {
        for (String variant : variants(label)) {
            Node node = path(TextNormalizer.normalize(variant));
            if (node == null) continue;
            node.end = true;
            node.concepts.add(concept);
        }
    }

    /** Marks a name as too common to count; returns false when no concept carries that name. */
    boolean markGeneric(String name) {
        Node node = lookup(TextNormalizer.normalize(name));
        if (node == null || !node.end) return false;
        node.generic = true;
        return true;
    }

    /**
     * The ways a label is written in prose: whole, and "Servicio de modelos (Model Serving)" as both halves.
     * A code signature such as {@code get_deploy_client("databricks")} is not split, and a piece that folds to one
     * plain lower-case word ("name" from "name (argumento de log_model)", "variable" from "{{variable}}") is no
     * name of its own: in prose it is an ordinary word.
     */
    static List<String> variants(String label) {
        List<String> variants = new ArrayList<>();
        String trimmed = label.trim();
        if (!isBareWordInDisguise(trimmed)) variants.add(trimmed);
        Matcher m = PARENTHESIS.matcher(trimmed);
        if (m.matches() && !CODE.matcher(m.group(1)).find()) {
            for (String half : List.of(m.group(1), m.group(2))) {
                if (!isPlainWord(half.trim())) variants.add(half);
            }
        }
        return variants;
    }

    private static final Pattern CODE = Pattern.compile("[_.=\\\"{}]");
    private static final Pattern PLAIN_WORD = Pattern.compile("[a-z]+");

    private static boolean isPlainWord(String text) {
        return PLAIN_WORD.matcher(text).matches();
    }

    /** "name=", "{{variable}}", ":table": code punctuation around one plain word. */
    private static boolean isBareWordInDisguise(String label) {
        String folded = TextNormalizer.normalize(label).trim();
        return !label.equals(folded) && isPlainWord(folded) && label.replaceAll("[a-zA-Z]", "").chars()
                .anyMatch(c -> "={}:()[]<>".indexOf(c) >= 0) && label.toLowerCase().equals(label);
    }

    /** Every name in the text, left to right, the longest one at each place. */
    List<Match> find(String[] words) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            Node node = root;
            Node best = null;
            int bestEnd = i;
            for (int j = i; j < words.length; j++) {
                node = node.next.get(words[j]);
                if (node == null) break;
                if (node.end) {
                    best = node;
                    bestEnd = j + 1;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            matches.add(new Match(String.join(" ", List.of(words).subList(i, bestEnd)), Set.copyOf(best.concepts), best.generic));
            i = bestEnd;
        }
        return matches;
    }

    List<Match> find(String text) {
        return find(TextNormalizer.words(TextNormalizer.normalize(text)));
    }

    private Node path(String normalized) {
        String[] words = TextNormalizer.words(normalized);
        if (words.length == 0) return null;
        Node node = root;
        for (String w : words) node = node.next.computeIfAbsent(w, k -> new Node());
        return node;
    }

    private Node lookup(String normalized) {
        String[] words = TextNormalizer.words(normalized);
        if (words.length == 0) return null;
        Node node = root;
        for (String w : words) {
            node = node.next.get(w);
            if (node == null) return null;
        }
        return node;
    }
}

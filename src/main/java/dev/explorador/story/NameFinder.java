package dev.explorador.story;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds concept names in Spanish prose, keeping their place in the original text: accents and case ignored,
 * whole words only, and the longest name wins where names overlap («registro de modelos en Unity Catalog» is
 * not also «Unity Catalog»).
 */
public final class NameFinder {
    /** A concept name found at [start, end) of the original text. */
    public record Found(int start, int end, String concept, boolean generic) {}

    /** {@code exact}: an acronym such as «MAS» or «RAG», matched as written (case and accents), so «más» is not «MAS». */
    private record Name(String folded, String written, String concept, boolean generic, boolean exact) {}

    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z][A-Z0-9]{1,5}");
    private final List<Name> names = new ArrayList<>();

    /** @param names concept IRI → every name it goes by; @param generic folded names too common to count. */
    public NameFinder(Map<String, List<String>> names, Set<String> generic) {
        names.forEach((concept, list) -> list.forEach(n -> {
            String written = n.strip();
            String folded = fold(written);
            if (folded.length() >= 2) {
                this.names.add(new Name(folded, written, concept, generic.contains(folded), ACRONYM.matcher(written).matches()));
            }
        }));
        this.names.sort(Comparator.comparingInt((Name n) -> -n.folded().length()).thenComparing(Name::folded));
    }

    /** Every name in the text, longest first where they overlap, in text order. */
    public List<Found> find(String text) {
        String folded = fold(text);
        boolean[] taken = new boolean[folded.length()];
        List<Found> found = new ArrayList<>();
        for (Name name : names) {
            int from = 0;
            while (true) {
                int at = folded.indexOf(name.folded(), from);
                if (at < 0) break;
                int end = at + name.folded().length();
                from = at + 1;
                if (!boundary(folded, at - 1) || !boundary(folded, end) || anyTaken(taken, at, end)) continue;
                if (name.exact() && !text.startsWith(name.written(), at)) continue;
                for (int i = at; i < end; i++) taken[i] = true;
                found.add(new Found(at, end, name.concept(), name.generic()));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /** Concepts the text names (generic names left out). */
    public Set<String> concepts(String text) {
        Set<String> concepts = new HashSet<>();
        find(text).stream().filter(f -> !f.generic()).forEach(f -> concepts.add(f.concept()));
        return concepts;
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) if (taken[i]) return true;
        return false;
    }

    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }

    /** Lower case without accents, one character for one character, so places in the result are places in the text. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char plain = base.isEmpty() ? c : base.charAt(0);
            out.append(Character.isHighSurrogate(c) || Character.isLowSurrogate(c) ? c : Character.toLowerCase(plain));
        }
        return out.toString();
    }
}

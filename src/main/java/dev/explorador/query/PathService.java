package dev.explorador.query;

import dev.explorador.error.BadRequestException;
import dev.explorador.graph.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chains between two concepts, links walked in either direction and each step named as it reads in the direction
 * walked. Every chain is a different sequence of concepts. The shortest come first, then those one and two hops
 * longer, so a shortcut through a hub does not hide the longer story. A longer chain is a route of its own, not a
 * shorter one with a detour (no two of its concepts are linked directly). Within a length, chains along specific
 * relations come before those along common ones.
 */
public final class PathService {
    public static final int MAX_LENGTH = 8;
    public static final int MAX_PATHS = 10;
    /** How many hops longer than the shortest chain an alternative may be. */
    public static final int EXTRA_HOPS = 2;
    private final GraphSnapshot snapshot;
    private final RelationSpecificity specificity;

    public PathService(GraphSnapshot snapshot) {
        this.snapshot = snapshot;
        this.specificity = new RelationSpecificity(snapshot);
    }

    public PathResult paths(ConceptRef from, ConceptRef to, int maxLength, int maxPaths, RelationFilter filter) {
        if (maxLength < 1 || maxLength > MAX_LENGTH) {
            throw new BadRequestException("La longitud máxima debe estar entre 1 y " + MAX_LENGTH + " (se pidió " + maxLength + ")");
        }
        if (maxPaths < 1 || maxPaths > MAX_PATHS) {
            throw new BadRequestException("El número de caminos debe estar entre 1 y " + MAX_PATHS + " (se pidió " + maxPaths + ")");
        }
        List<String> excluded = filter.excluded().stream().map(Vocab::shortForm).sorted().toList();
        if (from.iri().equals(to.iri())) return new PathResult(from, to, maxLength, 0, excluded, List.of());
        ChainWalker walker = new ChainWalker(snapshot, filter, specificity);
        Map<String, Integer> distance = walker.distancesTo(to.iri(), maxLength);
        Integer shortest = distance.get(from.iri());
        if (shortest == null) return new PathResult(from, to, maxLength, 0, excluded, List.of());
        int longest = Math.min(maxLength, shortest + EXTRA_HOPS);
        List<List<ChainWalker.Chain>> byLength = new ArrayList<>();
        for (int length = shortest; length <= longest; length++) {
            List<ChainWalker.Chain> chains = new ArrayList<>(walker.chains(from.iri(), to.iri(), length, distance));
            chains.sort(RANK);
            if (!chains.isEmpty()) byLength.add(chains.subList(0, Math.min(maxPaths, chains.size())));
        }
        List<ConceptPath> paths = choose(byLength, maxPaths).stream().map(this::path).toList();
        return new PathResult(from, to, maxLength, shortest, excluded, paths);
    }

    /** Shorter first; within a length, fewer generic or trap steps, then more specific relations, then by IRIs. */
    static final Comparator<ChainWalker.Chain> RANK = Comparator.comparingInt(ChainWalker.Chain::length)
            .thenComparingInt(ChainWalker.Chain::weakSteps)
            .thenComparing(Comparator.comparingDouble(ChainWalker.Chain::specificity).reversed())
            .thenComparing(ChainWalker.Chain::nodes, PathService::byIris);

    private static int byIris(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }

    /** One chain of every length found (shortest first), then the best of the rest; shown shortest first. */
    static List<ChainWalker.Chain> choose(List<List<ChainWalker.Chain>> byLength, int max) {
        Set<ChainWalker.Chain> chosen = new LinkedHashSet<>();
        for (List<ChainWalker.Chain> group : byLength) {
            if (chosen.size() < max) chosen.add(group.get(0));
        }
        List<ChainWalker.Chain> rest = byLength.stream().flatMap(List::stream).filter(c -> !chosen.contains(c)).sorted(RANK).toList();
        for (ChainWalker.Chain chain : rest) {
            if (chosen.size() >= max) break;
            chosen.add(chain);
        }
        return chosen.stream().sorted(RANK).toList();
    }

    private ConceptPath path(ChainWalker.Chain chain) {
        List<ConceptPath.Step> steps = new ArrayList<>();
        for (int i = 0; i < chain.length(); i++) {
            GraphSnapshot.Step s = chain.steps().get(i);
            ConceptRef a = snapshot.concept(chain.nodes().get(i)).orElseThrow();
            ConceptRef b = snapshot.concept(chain.nodes().get(i + 1)).orElseThrow();
            steps.add(new ConceptPath.Step(a, Vocab.shortForm(s.relation().iri()), s.relation().read(s.forward()),
                    s.forward() ? "out" : "in", b));
        }
        return new ConceptPath(List.copyOf(steps), sentence(steps));
    }

    static String sentence(List<ConceptPath.Step> steps) {
        if (steps.isEmpty()) return "";
        return steps.get(0).from().label() + steps.stream()
                .map(s -> " → " + s.label() + " → " + s.to().label())
                .collect(Collectors.joining());
    }
}

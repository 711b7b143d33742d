package dev.explorador.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks the snapshot between two concepts over the relations a filter allows, links read in either direction.
 * Concepts linked by several relations are one hop, taken along the most meaningful relation, so every chain
 * it lists is a different sequence of concepts.
 */
final class ChainWalker {
    /** Chains of one length listed at most: beyond it a dense graph would only add near-copies. */
    static final int MAX_CHAINS_PER_LENGTH = 2_000;

    /**
     * One chain: the concepts in order, the step taken between each two, its steps along generic or trap relations
     * (a trap counts twice) and how specific its relations are, added up.
     */
    record Chain(List<String> nodes, List<GraphSnapshot.Step> steps, int weakSteps, double specificity) {
        int length() {
            return steps.size();
        }
    }

    private final GraphSnapshot snapshot;
    private final RelationFilter filter;
    private final RelationSpecificity specificity;
    private final Map<String, Map<String, GraphSnapshot.Step>> hops = new HashMap<>();

    ChainWalker(GraphSnapshot snapshot, RelationFilter filter, RelationSpecificity specificity) {
        this.snapshot = snapshot;
        this.filter = filter;
        this.specificity = specificity;
    }

    /** The neighbours of a concept, each with the one step that best names the link (most specific, then forwards). */
    Map<String, GraphSnapshot.Step> hops(String node) {
        return hops.computeIfAbsent(node, n -> {
            Map<String, GraphSnapshot.Step> best = new LinkedHashMap<>();
            for (GraphSnapshot.Step step : snapshot.steps(n)) {
                if (!filter.allows(step.relation().iri())) continue;
                best.merge(step.other(), step, (a, b) -> better(b, a) ? b : a);
            }
            return best;
        });
    }

    private boolean better(GraphSnapshot.Step a, GraphSnapshot.Step b) {
        double infoA = specificity.of(a.relation().iri());
        double infoB = specificity.of(b.relation().iri());
        if (infoA != infoB) return infoA > infoB;
        return a.forward() && !b.forward();
    }

    /** Whether {@code other}, about to follow {@code last}, links directly to a concept earlier in the chain. */
    private boolean shortcut(String last, String other, String to, Set<String> onPath) {
        Map<String, GraphSnapshot.Step> linked = hops(other);
        boolean first = true;
        for (String earlier : onPath) {
            boolean ends = first && other.equals(to);
            first = false;
            if (earlier.equals(last) || ends) continue;
            if (linked.containsKey(earlier)) return true;
        }
        return false;
    }

    private Chain chain(List<String> nodes, List<GraphSnapshot.Step> steps) {
        int weak = 0;
        double specific = 0;
        for (GraphSnapshot.Step step : steps) {
            weak += RelationTier.of(step.relation().iri()).cost();
            specific += specificity.of(step.relation().iri());
        }
        return new Chain(nodes, steps, weak, specific);
    }

    /** Hops from every concept within {@code max} of the target to the target (a breadth-first search from it). */
    Map<String, Integer> distancesTo(String target, int max) {
        Map<String, Integer> distance = new HashMap<>();
        distance.put(target, 0);
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(target));
        while (!queue.isEmpty()) {
            String current = queue.poll();
            int d = distance.get(current);
            if (d >= max) continue;
            for (String other : hops(current).keySet()) {
                if (distance.putIfAbsent(other, d + 1) == null) queue.add(other);
            }
        }
        return distance;
    }

    /**
     * Every chain of exactly {@code length} hops with no concept twice and no shortcut (up to
     * {@link #MAX_CHAINS_PER_LENGTH}). A shortcut is a direct link between two concepts of the chain that are not
     * next to each other (other than its two ends): such a chain is a shorter one with a detour and tells nothing new.
     */
    List<Chain> chains(String from, String to, int length, Map<String, Integer> distanceToTarget) {
        List<Chain> out = new ArrayList<>();
        Set<String> onPath = new LinkedHashSet<>(List.of(from));
        extend(from, to, length, distanceToTarget, onPath, new ArrayList<>(), out);
        return out;
    }

    private void extend(String node, String to, int length, Map<String, Integer> distance, Set<String> onPath,
                        List<GraphSnapshot.Step> steps, List<Chain> out) {
        if (out.size() >= MAX_CHAINS_PER_LENGTH) return;
        int next = steps.size() + 1;
        for (Map.Entry<String, GraphSnapshot.Step> hop : hops(node).entrySet()) {
            String other = hop.getKey();
            Integer left = distance.get(other);
            if (left == null || onPath.contains(other) || next + left > length) continue;
            if (other.equals(to) != (next == length)) continue; // the target ends a chain, and only at its length
            if (shortcut(node, other, to, onPath)) continue;
            steps.add(hop.getValue());
            onPath.add(other);
            if (next == length) out.add(chain(List.copyOf(onPath), List.copyOf(steps)));
            else extend(other, to, length, distance, onPath, steps, out);
            onPath.remove(other);
            steps.remove(steps.size() - 1);
            if (out.size() >= MAX_CHAINS_PER_LENGTH) return;
        }
    }
}

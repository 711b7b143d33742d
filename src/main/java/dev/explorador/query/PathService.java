package dev.explorador.query;

import dev.explorador.graph.Vocab;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Shortest chains between two concepts, walking links in either direction (a breadth-first search
 * over the snapshot), each step named as it reads in the direction walked.
 */
public final class PathService {
    public static final int MAX_LENGTH = 8;
    public static final int MAX_PATHS = 10;
    private final GraphSnapshot snapshot;

    public PathService(GraphSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    public PathResult paths(ConceptRef from, ConceptRef to, int maxLength, int maxPaths, RelationFilter filter) {
        if (maxLength < 1 || maxLength > MAX_LENGTH) {
            throw new BadRequestException("La longitud máxima debe estar entre 1 y " + MAX_LENGTH + " (se pidió " + maxLength + ")");
        }
        if (maxPaths < 1 || maxPaths > MAX_PATHS) {
            throw new BadRequestException("El número de caminos debe estar entre 1 y " + MAX_PATHS + " (se pidió " + maxPaths + ")");
        }
        if (from.iri().equals(to.iri())) return new PathResult(from, to, maxLength, List.of());
        Map<String, Integer> distance = new HashMap<>();
        Map<String, List<Incoming>> parents = new HashMap<>();
        distance.put(from.iri(), 0);
        Deque<String> queue = new ArrayDeque<>(List.of(from.iri()));
        while (!queue.isEmpty()) {
            String current = queue.poll();
            int d = distance.get(current);
            if (distance.containsKey(to.iri()) && d >= distance.get(to.iri())) break;
            if (d >= maxLength) continue;
            for (GraphSnapshot.Step step : snapshot.steps(current)) {
                if (!filter.allows(step.relation().iri())) continue;
                Integer known = distance.get(step.other());
                if (known == null) {
                    distance.put(step.other(), d + 1);
                    queue.add(step.other());
                }
                if (known == null || known == d + 1) {
                    parents.computeIfAbsent(step.other(), k -> new ArrayList<>()).add(new Incoming(current, step));
                }
            }
        }
        List<ConceptPath> paths = new ArrayList<>();
        if (distance.containsKey(to.iri())) collect(to.iri(), from.iri(), parents, new ArrayDeque<>(), paths, maxPaths);
        return new PathResult(from, to, maxLength, List.copyOf(paths));
    }

    private record Incoming(String previous, GraphSnapshot.Step step) {}

    /** Walks the parent links back from the target, producing each shortest chain in order. */
    private void collect(String node, String start, Map<String, List<Incoming>> parents, Deque<ConceptPath.Step> suffix,
                         List<ConceptPath> out, int max) {
        if (out.size() >= max) return;
        if (node.equals(start)) {
            List<ConceptPath.Step> steps = List.copyOf(suffix);
            out.add(new ConceptPath(steps, sentence(steps)));
            return;
        }
        for (Incoming in : parents.getOrDefault(node, List.of())) {
            GraphSnapshot.Step s = in.step();
            ConceptRef a = snapshot.concept(in.previous()).orElseThrow();
            ConceptRef b = snapshot.concept(node).orElseThrow();
            suffix.push(new ConceptPath.Step(a, Vocab.shortForm(s.relation().iri()), s.relation().read(s.forward()),
                    s.forward() ? "out" : "in", b));
            collect(in.previous(), start, parents, suffix, out, max);
            suffix.pop();
            if (out.size() >= max) return;
        }
    }

    static String sentence(List<ConceptPath.Step> steps) {
        if (steps.isEmpty()) return "";
        return steps.get(0).from().label() + steps.stream()
                .map(s -> " → " + s.label() + " → " + s.to().label())
                .collect(Collectors.joining());
    }
}

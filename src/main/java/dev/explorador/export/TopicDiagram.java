package dev.explorador.export;

import dev.explorador.query.ConceptRef;
import dev.explorador.query.Edge;
import dev.explorador.query.GraphSnapshot;
import dev.explorador.query.RelationType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The picture of one topic: its concepts (the most connected ones, at most {@value #MAX_NODES}) on an ellipse in
 * course order, starting at the top and going clockwise, and the typed links between them as written in the
 * graph (at most {@value #MAX_LINKS}, specific relations before «se relaciona con»). The layout is a pure
 * function of the graph, so the same graph always draws the same picture, in SVG, PNG or Mermaid.
 */
public record TopicDiagram(String topicIri, int width, int height, List<Node> nodes, List<Link> links) {
    static final int MAX_NODES = 12;
    static final int MAX_LINKS = 18;
    static final int WIDTH = 680;
    static final int FONT = 11;
    static final int LABEL_FONT = 10;
    static final int LINE = 13;
    static final int CHARS = 20;
    private static final String RELATED = "http://www.w3.org/2004/02/skos/core#related";

    /** A concept's box: centre, size and its name cut into at most two lines. */
    public record Node(ConceptRef concept, double x, double y, double w, double h, List<String> lines) {}

    /** A link from one box to another, with the relation's Spanish name. */
    public record Link(int from, int to, String label) {}

    /** Draws one topic from its concepts, in course order, and the graph's links. */
    static TopicDiagram of(String topicIri, List<ConceptRef> concepts, GraphSnapshot snapshot) {
        Map<String, Integer> place = new HashMap<>();
        for (int i = 0; i < concepts.size(); i++) place.put(concepts.get(i).iri(), i);
        List<Edge> inside = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        snapshot.edges().stream()
                .filter(e -> place.containsKey(e.from()) && place.containsKey(e.to()) && !e.from().equals(e.to()))
                .sorted(Comparator.comparing((Edge e) -> e.relation().equals(RELATED))
                        .thenComparingInt(e -> place.get(e.from())).thenComparingInt(e -> place.get(e.to()))
                        .thenComparing(Edge::relation))
                .forEach(e -> { if (pairs.add(pair(e.from(), e.to()))) inside.add(e); });
        Map<String, Integer> degree = new HashMap<>();
        inside.forEach(e -> { degree.merge(e.from(), 1, Integer::sum); degree.merge(e.to(), 1, Integer::sum); });
        List<ConceptRef> shown = concepts.stream()
                .sorted(Comparator.comparingInt((ConceptRef c) -> -degree.getOrDefault(c.iri(), 0)).thenComparingInt(c -> place.get(c.iri())))
                .limit(MAX_NODES)
                .sorted(Comparator.comparingInt(c -> place.get(c.iri())))
                .toList();
        Map<String, Integer> index = new LinkedHashMap<>();
        shown.forEach(c -> index.put(c.iri(), index.size()));
        List<Link> links = inside.stream()
                .filter(e -> index.containsKey(e.from()) && index.containsKey(e.to()))
                .limit(MAX_LINKS)
                .map(e -> new Link(index.get(e.from()), index.get(e.to()),
                        snapshot.relation(e.relation()).map(RelationType::label).orElse(e.relation())))
                .toList();
        return layout(topicIri, shown, links);
    }

    private static TopicDiagram layout(String topicIri, List<ConceptRef> shown, List<Link> links) {
        int n = shown.size();
        // The ellipse grows taller until no two name boxes touch (long two-line names near its top and bottom).
        for (int height = n <= 1 ? 80 : 180 + 22 * n; ; height += 20) {
            List<Node> nodes = place(shown, height);
            if (n <= 1 || height >= 1200 || !anyOverlap(nodes)) return new TopicDiagram(topicIri, WIDTH, height, List.copyOf(nodes), links);
        }
    }

    private static List<Node> place(List<ConceptRef> shown, int height) {
        int n = shown.size();
        double rx = WIDTH / 2.0 - 85;
        double ry = height / 2.0 - 26;
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
            double x = n == 1 ? WIDTH / 2.0 : WIDTH / 2.0 + rx * Math.cos(angle);
            double y = n == 1 ? height / 2.0 : height / 2.0 + ry * Math.sin(angle);
            List<String> lines = wrap(shown.get(i).label());
            int longest = lines.stream().mapToInt(String::length).max().orElse(1);
            nodes.add(new Node(shown.get(i), round(x), round(y), Math.round(longest * FONT * 0.56 + 14), lines.size() * LINE + 8, lines));
        }
        return nodes;
    }

    private static boolean anyOverlap(List<Node> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                Node a = nodes.get(i);
                Node b = nodes.get(j);
                if (Math.abs(a.x() - b.x()) * 2 < a.w() + b.w() + 4 && Math.abs(a.y() - b.y()) * 2 < a.h() + b.h() + 4) return true;
            }
        }
        return false;
    }

    /** A name in at most two lines of about {@value #CHARS} characters, cut with «…» beyond that. */
    static List<String> wrap(String name) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : name.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        if (lines.size() > 2) lines = new ArrayList<>(List.of(lines.get(0), lines.get(1) + "…"));
        lines.replaceAll(l -> l.length() > CHARS + 8 ? l.substring(0, CHARS + 6) + "…" : l);
        return List.copyOf(lines);
    }

    /** Where the straight line from a box's centre towards (tx, ty) leaves the box. */
    static double[] border(Node node, double tx, double ty) {
        double dx = tx - node.x();
        double dy = ty - node.y();
        if (dx == 0 && dy == 0) return new double[] {node.x(), node.y()};
        double sx = dx == 0 ? Double.MAX_VALUE : (node.w() / 2 + 3) / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : (node.h() / 2 + 3) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new double[] {round(node.x() + dx * s), round(node.y() + dy * s)};
    }

    /** The plain-text description readers without the picture get (alt text, figure caption). */
    public String describe() {
        return nodes.size() + " conceptos y " + links.size() + " relaciones";
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}

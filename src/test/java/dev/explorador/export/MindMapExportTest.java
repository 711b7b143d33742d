package dev.explorador.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.course.Outline;
import dev.explorador.course.Scope;
import dev.explorador.query.GraphSnapshot;
import dev.explorador.query.MindMapNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Mind maps in every format, read back (XML parser, CommonMark, the Mermaid and DOT structure) and counted. */
class MindMapExportTest {
    private static final String ROOT = "model-serving";

    /** The root's neighbours through every relation: what a depth-1 map must show, each once. */
    private static Set<String> neighbours(String slug) {
        GraphSnapshot snapshot = Exports.explorer().snapshot();
        return snapshot.steps(snapshot.bySlug(slug).orElseThrow().iri()).stream().map(GraphSnapshot.Step::other).collect(Collectors.toSet());
    }

    private static MindMapNode map(int depth) {
        return Exports.explorer().mindMap(ROOT, depth, List.of());
    }

    private static List<String> childTexts(MindMapNode root) {
        return root.children().stream().map(MindMapText::of).toList();
    }

    @Test
    void everyRelationOfTheRootIsABranchWithItsLabel() {
        MindMapNode root = map(1);
        assertEquals(neighbours(ROOT).size(), root.children().size());
        root.children().forEach(c -> assertTrue(MindMapText.of(c).startsWith(c.relationLabel() + " → ")));
    }

    @Test
    void freeplaneFileIsXmlWithOneNodePerConcept() throws Exception {
        for (int depth : new int[] {1, 2}) {
            MindMapNode root = map(depth);
            Document doc = xml(FreeplaneMindMap.render(root));
            assertEquals("map", doc.getDocumentElement().getTagName());
            assertEquals(root.size(), doc.getElementsByTagName("node").getLength());
            Element top = (Element) doc.getDocumentElement().getElementsByTagName("node").item(0);
            assertEquals(root.concept().label(), top.getAttribute("TEXT"));
            List<String> texts = childElements(top, "node").stream().map(e -> e.getAttribute("TEXT")).toList();
            assertEquals(childTexts(root), texts);
        }
    }

    @Test
    void opmlIsVersion2WithOneOutlinePerConcept() throws Exception {
        MindMapNode root = map(2);
        Document doc = xml(OpmlMindMap.render(root));
        assertEquals("2.0", doc.getDocumentElement().getAttribute("version"));
        assertEquals(1, doc.getElementsByTagName("head").getLength());
        assertEquals(root.size(), doc.getElementsByTagName("outline").getLength());
        Element body = (Element) doc.getElementsByTagName("body").item(0);
        Element top = childElements(body, "outline").get(0);
        assertEquals(childTexts(root), childElements(top, "outline").stream().map(e -> e.getAttribute("text")).toList());
    }

    @Test
    void markdownIsANestedListMarkmapCanDraw() {
        MindMapNode root = map(2);
        Node doc = Parser.builder().build().parse(MarkdownMindMap.render(root));
        int[] items = {0};
        List<Integer> topLevel = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override public void visit(ListItem item) {
                items[0]++;
                visitChildren(item);
            }
            @Override public void visit(BulletList list) {
                if (list.getParent() == doc) {
                    int n = 0;
                    for (Node c = list.getFirstChild(); c != null; c = c.getNext()) n++;
                    topLevel.add(n);
                }
                visitChildren(list);
            }
        });
        assertEquals(root.size() - 1, items[0], "one list item per non-root concept");
        assertEquals(List.of(root.children().size()), topLevel);
    }

    @Test
    void mermaidIsARawMindmapIndentedByLevel() {
        MindMapNode root = map(2);
        List<String> lines = MermaidMindMap.render(root).lines().toList();
        assertEquals("mindmap", lines.get(0), "the diagram type first: no Markdown fence in a .mmd file");
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("```")));
        assertEquals("```mermaid\n" + MermaidMindMap.render(root) + "```\n", MermaidMindMap.fenced(root));
        Pattern node = Pattern.compile("^((?:  )+)(n\\d+)(?:\\(\\(\"([^\"]*)\"\\)\\)|\\[\"([^\"]*)\"\\])$");
        List<Integer> levels = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            Matcher m = node.matcher(line);
            assertTrue(m.matches(), "node line: " + line);
            levels.add(m.group(1).length() / 2);
            texts.add(m.group(3) != null ? m.group(3) : m.group(4));
        }
        assertEquals(root.size(), levels.size());
        assertEquals(1, levels.get(0));
        assertEquals(1, levels.stream().filter(l -> l == 1).count(), "one root");
        for (int i = 1; i < levels.size(); i++) assertTrue(levels.get(i) <= levels.get(i - 1) + 1, "no level skipped");
        assertEquals(root.children().size(), levels.stream().filter(l -> l == 2).count());
        assertTrue(texts.containsAll(childTexts(root)));
    }

    @Test
    void dotIsADigraphWithOneLabelledEdgePerLink() {
        MindMapNode root = map(2);
        String dot = DotMindMap.render(root);
        assertTrue(dot.startsWith("digraph mapa {") && dot.strip().endsWith("}"));
        String quoted = "\"(?:[^\"\\\\]|\\\\.)*\"";
        Matcher nodes = Pattern.compile("^  (n\\d+) \\[label=(" + quoted + ")[^\\]]*\\];$", Pattern.MULTILINE).matcher(dot);
        Matcher edges = Pattern.compile("^  (n\\d+) -> (n\\d+) \\[label=(" + quoted + ")\\];$", Pattern.MULTILINE).matcher(dot);
        List<String> ids = new ArrayList<>();
        while (nodes.find()) ids.add(nodes.group(1));
        List<String> edgeLabels = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        while (edges.find()) {
            assertTrue(ids.contains(edges.group(1)), "edge from a declared node");
            targets.add(edges.group(2));
            edgeLabels.add(edges.group(3));
        }
        assertEquals(root.size(), ids.size());
        assertEquals(root.size() - 1, targets.size(), "a tree: one edge into every node but the root");
        assertEquals(root.size() - 1, Set.copyOf(targets).size());
        long open = dot.chars().filter(c -> c == '{').count();
        assertEquals(open, dot.chars().filter(c -> c == '}').count());
        root.children().forEach(c -> assertTrue(edgeLabels.contains("\"" + c.relationLabel() + "\"")));
    }

    @Test
    void wholeCourseMapHangsEveryConceptFromItsTopicAndModule() throws Exception {
        List<Outline.Module> outline = Exports.course().outline(Scope.CERTIFICACION);
        MindMapNode course = CourseMindMap.build(outline);
        assertEquals(outline.size(), course.children().size());
        int topics = outline.stream().mapToInt(m -> m.topics().size()).sum();
        int concepts = Exports.concepts().size();
        assertEquals(1 + outline.size() + topics + concepts, course.size());
        Document doc = xml(OpmlMindMap.render(course));
        assertEquals(course.size(), doc.getElementsByTagName("outline").getLength());
        Document mm = xml(FreeplaneMindMap.render(course));
        NodeList nodes = mm.getElementsByTagName("node");
        long leaves = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            if (((Element) nodes.item(i)).getAttribute("TEXT").startsWith(CourseMindMap.CONCEPT + " → ")) leaves++;
        }
        assertEquals(concepts, leaves);
        assertTrue(MarkdownMindMap.render(course).contains("*" + CourseMindMap.MODULE + "* → 1. "));
    }

    @Test
    void formatsAreChosenByNameAndABadOneIsRefused() {
        assertEquals(MindMapFormat.mm, MindMapFormat.parse("MM"));
        var error = org.junit.jupiter.api.Assertions.assertThrows(dev.explorador.error.BadRequestException.class,
                () -> MindMapFormat.parse("xmind"));
        assertTrue(error.getMessage().contains("md, mm, opml, mermaid, dot"), error.getMessage());
    }

    static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> childElements(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) out.add(e);
        }
        return out;
    }
}

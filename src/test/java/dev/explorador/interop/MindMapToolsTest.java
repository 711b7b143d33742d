package dev.explorador.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.TestGraph;
import dev.explorador.course.CourseService;
import dev.explorador.export.CourseMindMap;
import dev.explorador.export.MindMapFormat;
import dev.explorador.query.MindMapNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The mind-map files opened by the tools they are for: Graphviz {@code dot} draws the .dot file, mermaid-cli
 * ({@code mmdc}, on Debian's Chromium) draws the .mmd file; each drawing is an SVG that names the concepts.
 */
class MindMapToolsTest {
    @TempDir
    Path dir;

    private static MindMapNode map() {
        return TestGraph.explorer().mindMap("model-serving", 2, List.of());
    }

    private static Document svg(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // Graphviz names the SVG 1.1 DTD; reading the file must not fetch it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static long count(String text, String part) {
        long n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) n++;
        return n;
    }

    @Test
    void graphvizDrawsTheDotFiles() throws Exception {
        var dot = ExternalTool.find("dot");
        ExternalTool.require(dot.isPresent(), "Falta Graphviz dot (paquete Debian graphviz)");
        MindMapNode course = CourseMindMap.build(new CourseService(TestGraph.explorer()).outline());
        for (MindMapNode root : List.of(map(), course)) {
            Path in = dir.resolve("mapa." + MindMapFormat.dot.extension());
            Path out = dir.resolve("mapa.svg");
            Files.writeString(in, MindMapFormat.dot.render(root), StandardCharsets.UTF_8);
            var run = ExternalTool.run(List.of(dot.get(), "-Tsvg", in.toString(), "-o", out.toString()), null, 120);
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.err().isBlank(), "no warnings: " + run.err());
            Document drawing = svg(out);
            assertEquals("svg", drawing.getDocumentElement().getLocalName());
            String text = Files.readString(out);
            assertEquals(root.size(), count(text, "class=\"node\""), "one drawn node per concept");
            assertEquals(root.size() - 1, count(text, "class=\"edge\""), "one drawn edge per link");
        }
    }

    @Test
    void mermaidCliDrawsTheMmdFileButNotAFencedOne() throws Exception {
        var mmdc = ExternalTool.find("mmdc");
        var chromium = ExternalTool.find("chromium", "chromium-browser");
        ExternalTool.require(mmdc.isPresent(), "Falta mermaid-cli (npm @mermaid-js/mermaid-cli, mmdc)");
        ExternalTool.require(chromium.isPresent(), "Falta Chromium (paquete Debian chromium)");
        // Debian's Chromium, never a downloaded one; no sandbox, since CI runs as root.
        Path config = dir.resolve("puppeteer.json");
        Files.writeString(config, "{\"executablePath\": \"" + chromium.get() + "\", \"args\": [\"--no-sandbox\", \"--disable-gpu\"]}");
        MindMapNode root = map();
        Path in = dir.resolve("mapa." + MindMapFormat.mermaid.extension());
        Files.writeString(in, MindMapFormat.mermaid.render(root), StandardCharsets.UTF_8);
        Path out = dir.resolve("mapa.svg");
        var run = ExternalTool.run(List.of(mmdc.get(), "-p", config.toString(), "-i", in.toString(), "-o", out.toString(), "-q"),
                dir, 180);
        assertEquals(0, run.exit(), run.out() + run.err());
        Document drawing = svg(out);
        assertEquals("svg", drawing.getDocumentElement().getLocalName());
        assertTrue(drawing.getDocumentElement().getAttribute("aria-roledescription").contains("mindmap"),
                "a mind map was drawn");
        String text = Files.readString(out);
        assertTrue(text.contains(root.concept().label()), "the root's name is drawn");
        root.children().forEach(child -> assertTrue(text.contains(child.concept().label().replace("&", "&amp;")),
                child.concept().label()));
        // The old file (a Markdown fence around the diagram) is what the issue reported: mmdc refuses it.
        Path fenced = dir.resolve("fenced.mmd");
        Files.writeString(fenced, dev.explorador.export.MermaidMindMap.fenced(root), StandardCharsets.UTF_8);
        var refused = ExternalTool.run(List.of(mmdc.get(), "-p", config.toString(), "-i", fenced.toString(), "-o",
                dir.resolve("fenced.svg").toString(), "-q"), dir, 180);
        assertNotEquals(0, refused.exit(), "mmdc must refuse the fenced form: " + refused.out());
    }
}

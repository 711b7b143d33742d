package dev.explorador.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Views a student can read (issue #11): the mind map as a tree, a graph without label overlaps, phone, home, progress. */
class ReadableViewsTest extends InTheBrowser {
    private static String hub;

    @BeforeAll
    static void findTheHub() {
        JsonNode best = null;
        for (JsonNode c : s.api("/api/concepts")) if (best == null || c.get("degree").asInt() > best.get("degree").asInt()) best = c;
        hub = best.get("concept").get("slug").asText();
    }

    private static void phone() {
        s.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    }

    /** Smallest rendered font size (CSS px on screen) of the map's text. */
    private static double smallestMapFont() {
        return ((Number) s.js("const svg = document.querySelector('#mapa-lienzo svg'); const k = svg.getScreenCTM().a;"
                + " return Math.min(...[...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * k));")).doubleValue();
    }

    private static long count(String css) {
        return s.all(css).size();
    }

    @Test
    void mindMapIsAFoldableTreeOfRelationBranchesWithReadableText() throws Exception {
        s.open("/concepto/" + hub + "?vista=mapa");
        JsonNode tree = s.api("/api/mindmap/" + hub + "?depth=1");
        Set<String> readings = new LinkedHashSet<>();
        for (JsonNode child : tree.get("children")) if (!child.get("concept").get("slug").asText().equals(hub)) readings.add(child.get("relationLabel").asText());
        // Root, then one branch per relation reading, then the concepts.
        List<String> branches = new ArrayList<>();
        for (WebElement b : s.all("#mapa-lienzo .nodo-rama")) branches.add(b.getText().replace("+", "").trim());
        assertEquals(readings, new LinkedHashSet<>(branches), "one branch per relation, labelled with its reading");
        assertEquals(1, count("#mapa-lienzo .nodo-raiz"));
        assertTrue(count("#mapa-lienzo .nodo-concepto") >= 8, "the concepts are on screen");
        assertFalse(s.all("#mapa-lienzo .nodo-mas").isEmpty(), "a long branch is folded as «+N más»");
        double smallest = smallestMapFont();
        assertTrue(smallest >= 12, "every text of the map is at least 12 px on screen, smallest was " + smallest);
        s.screenshot("20-mapa-concepto");

        // A branch folds and unfolds with a click.
        long concepts = count("#mapa-lienzo .nodo-concepto");
        WebElement firstBranch = s.all("#mapa-lienzo .nodo-rama").get(0);
        assertEquals("true", firstBranch.getAttribute("aria-expanded"));
        firstBranch.click();
        s.wait(5).until(d -> count("#mapa-lienzo .nodo-concepto") < concepts);
        assertEquals("false", s.all("#mapa-lienzo .nodo-rama").get(0).getAttribute("aria-expanded"));
        s.all("#mapa-lienzo .nodo-rama").get(0).click();
        s.wait(5).until(d -> count("#mapa-lienzo .nodo-concepto") == concepts);
        // "+N más" shows the rest of that branch.
        s.all("#mapa-lienzo .nodo-mas").get(0).click();
        s.wait(5).until(d -> count("#mapa-lienzo .nodo-concepto") > concepts);
        long all = count("#mapa-lienzo .nodo-concepto");
        // A concept unfolds one level deeper: its own relation branches appear under it.
        long branchesBefore = count("#mapa-lienzo .nodo-rama");
        WebElement leaf = s.driver.findElement(By.cssSelector("#mapa-lienzo .nodo-concepto[aria-expanded='false']"));
        String leafSlug = leaf.getAttribute("data-slug");
        leaf.click();
        s.wait(10).until(d -> count("#mapa-lienzo .nodo-rama") > branchesBefore);
        assertEquals("true", s.driver.findElement(By.cssSelector("#mapa-lienzo .nodo-concepto[data-slug='" + leafSlug + "']")).getAttribute("aria-expanded"));
        assertTrue(count("#mapa-lienzo .nodo-concepto") > all);
        assertTrue(smallestMapFont() >= 12, "still readable after unfolding");
        assertTrue(s.driver.findElement(By.id("mapa-seleccion")).getText().contains("mapa desde este concepto"));
        s.screenshot("21-mapa-desplegado");
    }

    @Test
    void mindMapDownloadsHaveASolidBackgroundAndTheOutline() throws Exception {
        s.js("localStorage.setItem('explorador.tema', 'oscuro')");
        try {
            s.open("/concepto/pyfunc?vista=mapa");
            for (String ext : List.of("png", "svg", "md")) Files.deleteIfExists(BrowserSession.DOWNLOADS.resolve("mapa-pyfunc." + ext));
            s.driver.findElement(By.id("descargar-png")).click();
            s.driver.findElement(By.id("descargar-svg")).click();
            s.driver.findElement(By.id("descargar-md")).click();
            Path png = BrowserSession.DOWNLOADS.resolve("mapa-pyfunc.png");
            Path svg = BrowserSession.DOWNLOADS.resolve("mapa-pyfunc.svg");
            Path md = BrowserSession.DOWNLOADS.resolve("mapa-pyfunc.md");
            s.wait(20).until(d -> Files.exists(png) && Files.exists(svg) && Files.exists(md));
            s.wait(10).until(d -> { try { return ImageIO.read(png.toFile()) != null; } catch (Exception e) { return false; } });
            BufferedImage image = ImageIO.read(png.toFile());
            int corner = image.getRGB(1, 1);
            assertEquals(0xFF, (corner >>> 24) & 0xFF, "PNG corner is opaque");
            assertEquals(0xFFFFFF, corner & 0xFFFFFF, "white background by default, even in the dark theme");
            String svgText = Files.readString(svg);
            javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(svgText.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertTrue(svgText.contains("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\""), "SVG has a white background");
            assertTrue(svgText.contains("pyfunc (python_function)"));
            JsonNode tree = s.api("/api/mindmap/pyfunc?depth=1");
            String mdText = Files.readString(md);
            assertTrue(mdText.startsWith("# pyfunc (python_function)"), mdText.lines().findFirst().orElse(""));
            Set<String> slugs = new LinkedHashSet<>();
            for (JsonNode child : tree.get("children")) slugs.add(child.get("concept").get("labelEs").asText());
            for (String label : slugs) assertTrue(mdText.contains("**" + label + "**"), label + " in the Markdown");
            // The outline on the page is a rendered list, not raw Markdown.
            s.driver.findElement(By.cssSelector("#mapa-esquema summary")).click();
            assertFalse(s.driver.findElement(By.id("mapa-esquema")).getText().contains("**"));
            assertFalse(s.all("#mapa-esquema li a").isEmpty());
        } finally {
            s.js("localStorage.removeItem('explorador.tema')");
        }
    }

    @Test
    void wholeCourseMapShowsModulesTopicsAndConcepts() {
        s.open("/?vista=mapa");
        JsonNode outline = s.api("/api/outline");
        assertEquals(outline.size(), count("#mapa-lienzo .nodo-rama[aria-level='2']"), "one branch per module");
        int topics = 0;
        for (JsonNode m : outline) topics += m.get("topics").size();
        assertEquals(topics, count("#mapa-lienzo .nodo-rama[aria-level='3']"), "every topic");
        assertEquals(0, count("#mapa-lienzo .nodo-concepto"), "topics start folded");
        s.driver.findElement(By.id("mapa-desplegar")).click();
        int concepts = 0;
        // A topic with more than 8 concepts shows 7 and a «+N más».
        for (JsonNode m : outline) for (JsonNode t : m.get("topics")) concepts += t.get("concepts").size() > 8 ? 7 : t.get("concepts").size();
        int expected = concepts;
        s.wait(10).until(d -> count("#mapa-lienzo .nodo-concepto") == expected);
        assertTrue(smallestMapFont() >= 12);
        s.screenshot("22-mapa-curso");
    }

    private static final String GRAPH = "const cy = document.getElementById('principal').graph.cy;";

    /** Pairs of visible labels (node names and shown edge readings) whose rendered boxes overlap. */
    @SuppressWarnings("unchecked")
    private static List<String> overlappingLabels() {
        return (List<String>) s.js(GRAPH
                + " const boxes = [];"
                + " cy.nodes().forEach(n => { if (n.style('label') && n.visible()) boxes.push([n.data('label'), n.boundingBox({includeNodes: false, includeEdges: false, includeLabels: true})]); });"
                + " cy.edges().forEach(e => { if (e.style('label') && e.visible()) boxes.push(['arista ' + e.data('label'), e.boundingBox({includeNodes: false, includeEdges: false, includeLabels: true})]); });"
                + " const out = [];"
                + " for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) { const a = boxes[i][1], b = boxes[j][1];"
                + "   if (a.w > 0 && b.w > 0 && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(boxes[i][0] + ' / ' + boxes[j][0]); }"
                + " return out;");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> positions() {
        return (Map<String, Object>) s.js(GRAPH + " const out = {}; cy.nodes().forEach(n => { const p = n.position(); out[n.id()] = Math.round(p.x) + ',' + Math.round(p.y); }); return out;");
    }

    @Test
    void depthOneGraphOfTheMostConnectedConceptHasNoOverlappingLabels() {
        s.open("/concepto/" + hub);
        long nodes = s.graphNodes();
        assertTrue(nodes > 20, hub + " has " + nodes + " nodes");
        List<String> overlaps = overlappingLabels();
        assertTrue(overlaps.isEmpty(), overlaps.size() + " overlapping labels: " + overlaps);
        double font = ((Number) s.js(GRAPH + " return 13 * cy.zoom();")).doubleValue();
        assertTrue(font >= 10, "node names are drawn at " + font + " px");
        // Many edges: readings only on hover or selection.
        assertEquals(0L, ((Number) s.js(GRAPH + " return cy.edges().filter(e => e.style('label')).length;")).longValue(), "no edge reading drawn by default");
        String reading = (String) s.js(GRAPH + " const e = cy.edges()[0]; e.emit('mouseover'); return e.style('label');");
        assertFalse(reading.isEmpty(), "hovering an edge shows its reading");
        s.js(GRAPH + " cy.edges()[0].emit('mouseout');");
        assertTrue(overlappingLabels().isEmpty());
        s.screenshot("23-grafo-legible");
        // The same view is the same picture every time.
        Map<String, Object> first = positions();
        s.open("/concepto/" + hub);
        assertEquals(first, positions(), "deterministic layout");
        // The force layout too (seeded).
        s.open("/concepto/" + hub + "?disposicion=cose");
        Map<String, Object> cose = positions();
        s.open("/concepto/" + hub + "?disposicion=cose");
        assertEquals(cose, positions(), "cose is seeded");
    }

    @Test
    void parallelEdgesAreMergedWithAllTheirReadings() {
        s.open("/concepto/inference-table");
        // A hub shows its first neighbours and keeps the rest behind «Ver más»: count the pairs among those drawn.
        @SuppressWarnings("unchecked")
        Set<String> drawn = new HashSet<>((List<String>) s.js(GRAPH + " return cy.nodes().map(n => n.id());"));
        Set<String> pairs = new LinkedHashSet<>();
        for (JsonNode e : s.api("/api/related/inference-table?depth=1").get("entries")) {
            String a = e.get("from").get("slug").asText();
            String b = e.get("concept").get("slug").asText();
            if (drawn.contains(a) && drawn.contains(b)) pairs.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
        }
        assertEquals((long) pairs.size(), ((Number) s.js(GRAPH + " return cy.edges().length;")).longValue(), "one edge per pair of concepts");
        String merged = (String) s.js(GRAPH + " const e = cy.edges().filter(e => e.data('readings').length > 1)[0]; return e ? e.data('label') : null;");
        assertTrue(merged != null && merged.contains(" · "), "a merged edge carries all its readings: " + merged);
    }

    @Test
    void deeperGraphsFadeFarConceptsAndOfferSeeMore() {
        s.open("/concepto/" + hub + "?profundidad=2");
        WebElement more = s.driver.findElement(By.id("ver-mas"));
        // The hub's neighbours come first (named), in steps; far concepts follow once they are all on screen.
        for (int step = 0; step < 12 && ((Number) s.js(GRAPH + " return cy.nodes('.lejano').length;")).longValue() == 0; step++) {
            assertTrue(more.isDisplayed(), "«Ver más» while neighbours or far concepts wait");
            long count = s.graphNodes();
            more.click();
            s.wait(10).until(d -> s.graphNodes() > count);
        }
        long far = ((Number) s.js(GRAPH + " return cy.nodes('.lejano').length;")).longValue();
        assertTrue(far > 0 && far <= 40, far + " far concepts on screen");
        assertEquals(0L, ((Number) s.js(GRAPH + " return cy.nodes('.lejano').filter(n => n.style('label')).length;")).longValue(), "far concepts unlabelled until hovered");
        long near = ((Number) s.js(GRAPH + " return cy.nodes().not('.lejano').filter(n => n.style('label')).length;")).longValue();
        assertEquals(s.graphNodes() - far, near, "the root and its neighbours keep their names");
        assertTrue(more.isDisplayed(), "«Ver más» instead of every far concept at once");
        long before = s.graphNodes();
        more.click();
        s.wait(10).until(d -> s.graphNodes() > before);
        s.screenshot("24-grafo-profundidad-2");
    }

    @Test
    void cardLeadsWithTheExamAndResetsItsScrollWhenTheConceptChanges() {
        s.open("/concepto/" + hub);
        WebElement card = s.waitFor(".panel-ficha .ficha");
        List<String> first = new ArrayList<>();
        for (WebElement h3 : card.findElements(By.cssSelector(".ficha-seccion h3"))) first.add(h3.getText().toLowerCase());
        assertTrue(first.get(0).startsWith("consejo para el examen"), first.toString());
        assertTrue(first.get(1).startsWith("se confunde con"), first.toString());
        assertFalse(s.all(".panel-ficha details.plegable:not([open])").isEmpty(), "long sections start folded");
        // Read far down the card, then pick another concept on the graph.
        s.js("document.querySelectorAll('.panel-ficha details').forEach(d => d.open = true)");
        s.js("document.querySelector('.panel-ficha').scrollTop = 1500");
        long scrolled = ((Number) s.js("return document.querySelector('.panel-ficha').scrollTop")).longValue();
        assertTrue(scrolled > 300, "the card scrolls (" + scrolled + ")");
        String other = (String) s.js(GRAPH + " const n = cy.nodes().not('.raiz')[0]; n.emit('tap'); return n.id();");
        s.wait(10).until(d -> !s.all(".panel-ficha .ficha[data-slug='" + other + "']").isEmpty());
        assertEquals(0L, ((Number) s.js("return document.querySelector('.panel-ficha').scrollTop")).longValue(), "the new card starts at its title");
        // Following a link moves focus to the new view's title.
        s.waitNextRender(() -> s.driver.findElement(By.cssSelector(".panel-ficha .ficha-acciones a[href*='vista=relacionados']")).click());
        assertEquals("h1", s.js("return document.activeElement.tagName.toLowerCase()"));
        assertEquals(0L, ((Number) s.js("return Math.round(window.scrollY)")).longValue());
    }

    private static final List<String> VIEWS = List.of("inicio", "explorar", "relacionados", "camino", "mapa", "resumen", "comparar", "tarjetas", "examen", "sparql");

    @Test
    void phoneReachesEveryViewAndTheGraphDoesNotTrapScrolling() {
        phone();
        try {
            s.open("/");
            List<WebElement> tabs = s.all(".pestanas a");
            assertEquals(VIEWS.size(), tabs.size());
            for (String view : VIEWS) {
                WebElement tab = s.driver.findElement(By.cssSelector(".pestanas a[data-vista='" + view + "']"));
                @SuppressWarnings("unchecked")
                Map<String, Object> box = (Map<String, Object>) s.js("const r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};", tab);
                double right = ((Number) box.get("right")).doubleValue();
                double bottom = ((Number) box.get("bottom")).doubleValue();
                assertTrue(((Number) box.get("left")).doubleValue() >= 0 && right <= 390 && bottom <= 844, view + " tab on screen without scrolling: " + box);
                if (!"page".equals(tab.getAttribute("aria-current"))) s.waitNextRender(tab::click);
                assertEquals(view, s.js("return document.body.dataset.vista"));
                long width = ((Number) s.js("return document.documentElement.scrollWidth")).longValue();
                assertTrue(width <= 391, view + " is " + width + " px wide");
                s.screenshot("movil-" + view);
            }
            // The card first; the graph does not catch a vertical swipe.
            s.open("/concepto/" + hub);
            double cardTop = ((Number) s.js("return document.querySelector('.panel-ficha').getBoundingClientRect().top")).doubleValue();
            double graphTop = ((Number) s.js("return document.getElementById('grafo').getBoundingClientRect().top")).doubleValue();
            assertTrue(cardTop < graphTop, "the card comes before the graph on a phone");
            s.js("document.getElementById('grafo').scrollIntoView({block: 'center'})");
            long before = ((Number) s.js("return Math.round(window.scrollY)")).longValue();
            @SuppressWarnings("unchecked")
            Map<String, Object> center = (Map<String, Object>) s.js("const r = document.getElementById('grafo').getBoundingClientRect(); return {x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2)};");
            // What lies on the graph is the cover, which lets the browser pan the page vertically.
            assertEquals("grafo-tapa", s.js("return document.elementFromPoint(arguments[0], arguments[1]).id", center.get("x"), center.get("y")));
            assertEquals("pan-y", s.js("return getComputedStyle(document.getElementById('grafo-tapa')).touchAction"));
            // Headless Chromium does not scroll on synthetic touch swipes, so scroll with the wheel over the graph:
            // without the cover, Cytoscape takes the wheel (zoom) and the page does not move.
            s.driver.executeCdpCommand("Input.synthesizeScrollGesture", Map.of("x", center.get("x"), "y", center.get("y"), "yDistance", 300, "gestureSourceType", "mouse", "speed", 1200));
            try {
                s.wait(3).until(d -> ((Number) s.js("return Math.round(window.scrollY)")).longValue() != before);
            } catch (org.openqa.selenium.TimeoutException e) {
                // judged below
            }
            long after = ((Number) s.js("return Math.round(window.scrollY)")).longValue();
            assertTrue(before - after > 100, "scrolling over the graph scrolls the page: " + before + " → " + after);
            s.screenshot("movil-grafo-tapado");
            s.driver.findElement(By.id("mover-grafo")).click();
            assertFalse(s.driver.findElement(By.id("grafo-tapa")).isDisplayed(), "the graph can be moved on request");
            assertTrue(s.driver.findElement(By.id("fijar-grafo")).isDisplayed());
            // The scrolling progress table can take keyboard focus (axe: scrollable-region-focusable).
            s.open("/?vista=tarjetas");
            assertEquals("0", s.driver.findElement(By.cssSelector("#progreso .tabla-envoltura")).getAttribute("tabindex"));
        } finally {
            s.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void desktopScreenshotsOfEveryView() {
        for (String view : VIEWS) {
            s.open(view.equals("explorar") || view.equals("relacionados") || view.equals("mapa") ? "/concepto/" + hub + "?vista=" + view
                    : view.equals("camino") ? "/?vista=camino&de=pyfunc&a=inference-table" : "/?vista=" + view);
            s.screenshot("escritorio-" + view);
        }
    }

    /** Sections with practice questions, and the one home should suggest: the largest weight × (1 − accuracy). */
    @Test
    void homeShowsDueCardsTheWeakestSectionAndTheNextTopic() {
        s.open("/");
        JsonNode concepts = s.api("/api/concepts");
        Set<String> withQuestions = new LinkedHashSet<>();
        for (JsonNode q : s.api("/api/questions")) withQuestions.add(q.get("section").asText());
        List<JsonNode> sections = new ArrayList<>();
        for (JsonNode sec : s.api("/api/exam")) if (withQuestions.contains(sec.get("id").asText())) sections.add(sec);
        assertTrue(sections.size() >= 2);
        // Every section answered: the first at 50 %, the second at 60 %, the rest at 100 %.
        StringBuilder quiz = new StringBuilder("{\"secciones\":{");
        String expected = null;
        double worst = -1;
        for (int i = 0; i < sections.size(); i++) {
            JsonNode sec = sections.get(i);
            int right = i == 0 ? 5 : i == 1 ? 6 : 10;
            double score = sec.get("weight").asDouble() * (1 - right / 10.0);
            if (score > worst) { worst = score; expected = sec.get("id").asText(); }
            quiz.append(i == 0 ? "" : ",").append('"').append(sec.get("id").asText()).append("\":{\"label\":\"x\",\"respondidas\":10,\"correctas\":").append(right).append('}');
        }
        quiz.append("},\"rondas\":1}");
        String first = concepts.get(0).get("concept").get("slug").asText();
        String second = concepts.get(1).get("concept").get("slug").asText();
        s.js("localStorage.clear();"
                + "const day = 86400000; const l = {}; l['termino:' + arguments[0]] = {box: 3, due: Date.now() + 3 * day, seen: 2};"
                + " l['termino:' + arguments[1]] = {box: 2, due: Date.now() - day, seen: 1};"
                + " localStorage.setItem('explorador.leitner', JSON.stringify(l));"
                + " localStorage.setItem('explorador.examen', arguments[2]);"
                + " localStorage.setItem('explorador.lectura', JSON.stringify({temas: {'1-1': '2026-12-01'}}));", first, second, quiz.toString());
        s.open("/");
        assertEquals(String.valueOf(concepts.size() - 1), s.waitFor("#tarjetas-hoy").getText(), "every card is due today except the one learnt for 3 days");
        assertEquals(expected, s.driver.findElement(By.id("seccion-floja")).getAttribute("data-seccion"), "weakest section weighted by the exam's weights");
        JsonNode outline = s.api("/api/outline");
        String nextKey = outline.get(0).get("order").asText() + "-" + outline.get(0).get("topics").get(1).get("order").asText();
        assertEquals(nextKey, s.driver.findElement(By.id("tema-siguiente")).getAttribute("data-tema"), "the next topic not read, in course order");
        assertFalse(s.all("#inicio-buscar").isEmpty(), "the search box");
        s.screenshot("25-inicio");
        // Marking the topic read moves on to the next one.
        s.waitNextRender(() -> s.driver.findElement(By.id("marcar-leido")).click());
        assertFalse(nextKey.equals(s.driver.findElement(By.id("tema-siguiente")).getAttribute("data-tema")));
        s.js("localStorage.clear()");
    }

    @Test
    void progressExportsAndImportsAsJsonWithAConfirmation() throws Exception {
        s.open("/");
        s.js("localStorage.clear();"
                + " localStorage.setItem('explorador.leitner', JSON.stringify({'termino:pyfunc': {box: 4, due: 1893456000000, seen: 3}}));"
                + " localStorage.setItem('explorador.examen', JSON.stringify({secciones: {'ex:s4': {label: 'x', respondidas: 5, correctas: 4}}, rondas: 1}));"
                + " localStorage.setItem('explorador.lectura', JSON.stringify({temas: {'1-1': '2026-12-01'}}));");
        String saved = (String) s.js("return ['explorador.leitner', 'explorador.examen', 'explorador.lectura'].map(k => localStorage.getItem(k)).join('\\n')");
        s.open("/");
        try (var old = Files.list(BrowserSession.DOWNLOADS)) {
            for (Path p : old.filter(p -> p.getFileName().toString().startsWith("progreso-explorador")).toList()) Files.delete(p);
        }
        s.driver.findElement(By.id("exportar-progreso")).click();
        s.wait(20).until(d -> {
            try (var files = Files.list(BrowserSession.DOWNLOADS)) {
                return files.anyMatch(p -> p.getFileName().toString().startsWith("progreso-explorador") && p.toString().endsWith(".json"));
            } catch (Exception e) { return false; }
        });
        Path file;
        try (var files = Files.list(BrowserSession.DOWNLOADS)) {
            file = files.filter(p -> p.getFileName().toString().startsWith("progreso-explorador") && p.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        s.wait(10).until(d -> { try { return Files.size(file) > 0; } catch (Exception e) { return false; } });
        JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        assertEquals(4, doc.get("datos").get("explorador.leitner").get("termino:pyfunc").get("box").asInt());

        // Somewhere else (here: an empty browser), import it: a confirmation first, cancel keeps things as they are.
        s.js("localStorage.clear()");
        s.open("/");
        s.driver.findElement(By.id("importar-archivo")).sendKeys(file.toAbsolutePath().toString());
        s.waitFor("#confirmar");
        s.screenshot("26-confirmar-importar");
        s.driver.findElement(By.id("confirmar-no")).click();
        assertEquals(null, s.js("return localStorage.getItem('explorador.leitner')"), "cancelled: nothing imported");
        s.driver.findElement(By.id("importar-archivo")).sendKeys(file.toAbsolutePath().toString());
        s.waitFor("#confirmar");
        s.waitNextRender(() -> s.driver.findElement(By.id("confirmar-si")).click());
        String restored = (String) s.js("return ['explorador.leitner', 'explorador.examen', 'explorador.lectura'].map(k => localStorage.getItem(k)).join('\\n')");
        assertEquals(saved, restored, "the import restores exactly what was exported");

        // Resetting a deck asks first.
        s.open("/?vista=tarjetas");
        s.driver.findElement(By.id("reiniciar")).click();
        s.waitFor("#confirmar");
        s.driver.findElement(By.id("confirmar-no")).click();
        assertTrue(((String) s.js("return localStorage.getItem('explorador.leitner')")).contains("termino:pyfunc"), "cancelled reset keeps the cards");
        s.js("localStorage.clear()");
    }
}

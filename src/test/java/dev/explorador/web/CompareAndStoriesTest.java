package dev.explorador.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Resumen tells each module's and topic's story («La idea») before its cards and ends with the comparison tables;
 * it comes in three editions, with a table of contents that stays in view, modules that fold, a diagram per topic and
 * a print layout; Comparar puts concepts side by side.
 */
class CompareAndStoriesTest extends InTheBrowser {

    @Test
    void resumenShowsStoriesFirstAndTheComparisonTables() {
        s.open("/?vista=resumen");
        s.waitFor("#m-1 .historia");
        // In module 1, the first story paragraph comes before the first concept card (document order).
        Boolean storyFirst = (Boolean) s.js("const m = document.getElementById('m-1');"
                + " const story = m.querySelector('.historia .historia-texto'); const card = m.querySelector('article.concepto-resumen');"
                + " return Boolean(story && card && story.textContent.trim().length > 40"
                + "   && (story.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING));");
        assertTrue(storyFirst, "module 1 shows its story before its first card");
        // Every topic of module 1 with a story shows it before its own cards, and the story links the concepts it names.
        assertTrue(s.all("#m-1 .historia a.enlace-concepto").size() > 0, "the story links the concepts it names");
        // The links keep the story's own words: the paragraph reads exactly as the story is written.
        String node = (String) s.js("return document.querySelector('#m-1 .historia').dataset.nodo");
        String written = s.api("/api/historias").get(node).get("texto").asText();
        assertEquals(written.strip(), ((String) s.js("return document.querySelector('#m-1 .historia-texto').textContent")).strip());
        int groups = s.api("/api/compare/groups").size();
        List<WebElement> tables = s.all("#comparaciones table.tabla-comparacion");
        assertTrue(tables.size() >= 12, "at least 12 comparison tables, got " + tables.size());
        assertEquals(groups, tables.size(), "one table per comparison group");
        assertEquals(groups, s.all("#comparaciones a.enlace-comparar").size(), "every table has its «Comparar» link");
        WebElement story = s.driver.findElement(By.cssSelector("#m-1 .historia"));
        s.js("arguments[0].scrollIntoView({block: 'start'})", story);
        s.screenshot("20-resumen-historia");
        s.js("document.getElementById('comparaciones').scrollIntoView({block: 'start'})");
        s.screenshot("21-resumen-comparaciones");
    }

    @Test
    void compararShowsTheConceptsSideBySide() {
        s.open("/?vista=comparar&c=pay-per-token&c=provisioned-throughput");
        s.waitFor("#tabla-comparar");
        assertEquals(2, s.all("#tabla-comparar thead th[data-slug]").size(), "one column per concept");
        assertEquals(1, s.all("#tabla-comparar thead th[data-slug='pay-per-token']").size());
        assertEquals(1, s.all("#tabla-comparar thead th[data-slug='provisioned-throughput']").size());
        @SuppressWarnings("unchecked")
        List<String> rows = (List<String>) s.js("return [...document.querySelectorAll('#tabla-comparar tbody th')].map(th => th.textContent.trim())");
        assertTrue(rows.contains("Cuándo usarlo"), "row «Cuándo usarlo»: " + rows);
        assertTrue(rows.contains("Definición") && rows.contains("Consejo para el examen") && rows.contains("Se confunde con"), rows.toString());
        assertEquals("comparar", s.js("return document.body.dataset.vista"));
        s.screenshot("22-comparar");
    }

    @Test
    void theGroupLinkOpensComparar() {
        s.open("/?vista=resumen");
        WebElement link = s.waitFor("#comparaciones a.enlace-comparar");
        s.js("arguments[0].scrollIntoView({block: 'center'})", link);
        s.waitNextRender(link::click);
        s.waitFor("#tabla-comparar");
        assertEquals("comparar", s.js("return document.body.dataset.vista"));
        assertTrue(s.all("#tabla-comparar thead th[data-slug]").size() >= 2);
    }

    private static final String EDITION_KEY = "explorador.edicion";

    private static long count(String css) {
        return ((Number) s.js("return document.querySelectorAll(arguments[0]).length", css)).longValue();
    }

    /** Mean length of the text of the matching elements. */
    private static double meanText(String css) {
        return ((Number) s.js("const all = [...document.querySelectorAll(arguments[0])];"
                + " return all.reduce((n, e) => n + e.textContent.length, 0) / Math.max(1, all.length)", css)).doubleValue();
    }

    private static void pick(String edition) {
        s.waitNextRender(() -> s.driver.findElement(By.id("edicion-" + edition)).click());
    }

    @Test
    void theEditionSwitchChangesTheResumenAndTheAddressKeepsIt() {
        s.js("localStorage.removeItem(arguments[0])", EDITION_KEY);
        try {
            s.open("/?vista=resumen");
            s.waitFor("#tabla-glosario");
            long cards = count("article.concepto-resumen");
            assertTrue(cards > 300, cards + " cards");
            assertTrue((Boolean) s.js("return [...document.querySelectorAll('main dt')].some(dt => dt.textContent === 'Relaciones')"));
            assertEquals(6L, count("#examen .seccion-examen"), "the complete edition has the exam sections, as its export");
            assertTrue(count("#comparaciones tr.fila-consejo") > 0 && count("#chuleta li.distincion") > 0);
            double cardText = meanText("article.concepto-resumen");

            // esencial: the same concepts, one short line each with its tip; no relations.
            pick("esencial");
            assertTrue(s.driver.getCurrentUrl().contains("edicion=esencial"), s.driver.getCurrentUrl());
            assertEquals(0L, count("article.concepto-resumen"));
            assertEquals(cards, count("li.concepto-linea"), "one line per concept");
            double lineText = meanText("li.concepto-linea");
            assertTrue(lineText * 2 < cardText, "lines are much shorter than cards: " + lineText + " vs " + cardText);
            assertFalse((Boolean) s.js("return [...document.querySelectorAll('main dt, main .consejo-trampas strong')].some(e => /Relaciones/.test(e.textContent))"));
            assertFalse(((String) s.js("return document.querySelector('.resumen-texto').textContent")).contains("Relaciones"), "no «Relaciones» fields");
            assertTrue(count("li.concepto-linea .consejo-linea") > cards / 2, "exam tips on the lines");
            assertEquals(0L, count("#examen") + count("#tabla-glosario") + count("tr.fila-consejo"), "the esencial leaves out what its export leaves out");
            String firstLine = (String) s.js("return document.querySelector('li.concepto-linea').dataset.slug");
            JsonNode api = s.api("/api/resumen/esencial");
            JsonNode line = api.at("/modulos/0/topics/0/lineas/0");
            assertEquals(line.at("/concept/slug").asText(), firstLine);
            assertTrue(s.driver.findElement(By.cssSelector("li.concepto-linea")).getText().contains(line.get("linea").asText()), "the line the server cut");
            assertTrue(s.driver.findElement(By.id("exportar-pdf")).getAttribute("href").endsWith("/api/export/resumen?format=pdf&edicion=esencial"));
            s.screenshot("23-resumen-esencial");
            s.js("document.querySelector('li.concepto-linea').scrollIntoView({block: 'start'})");
            s.screenshot("23b-resumen-esencial-lineas");

            // The address keeps it through a reload, and the choice is remembered without it.
            s.driver.navigate().refresh();
            s.waitReady();
            s.waitFor("li.concepto-linea");
            assertTrue(s.driver.findElement(By.id("edicion-esencial")).isSelected());
            s.open("/?vista=resumen");
            s.waitFor("li.concepto-linea");
            assertEquals(cards, count("li.concepto-linea"), "remembered like the scope");

            // chuleta: the comparison tables and the distinctions, no module.
            pick("chuleta");
            assertTrue(s.driver.getCurrentUrl().contains("edicion=chuleta"), s.driver.getCurrentUrl());
            assertEquals(s.api("/api/compare/groups").size(), (int) count("#comparaciones table.tabla-comparacion"));
            assertEquals(0L, count("section.modulo[id^='m-']") + count("article.concepto-resumen") + count("li.concepto-linea") + count(".historia"));
            assertTrue(count("#chuleta li.distincion") >= 4);
            assertTrue(s.driver.findElement(By.id("exportar-md")).getAttribute("href").endsWith("format=md&edicion=chuleta"));
            s.screenshot("24-resumen-chuleta");

            pick("completo");
            assertFalse(s.driver.getCurrentUrl().contains("edicion="), "the complete edition is the plain address");
            assertEquals(cards, count("article.concepto-resumen"));
        } finally {
            s.js("localStorage.removeItem(arguments[0])", EDITION_KEY);
        }
    }

    @Test
    void theTableOfContentsStaysInViewModulesFoldAndPrintStartsEachModuleOnAPage() {
        s.open("/?vista=resumen&edicion=completo");
        s.waitFor("#indice");
        assertTrue((Boolean) s.js("return document.getElementById('indice').open"), "open beside the text on a wide screen");
        s.js("document.getElementById('m-5').scrollIntoView({block: 'start'})");
        s.wait(10).until(d -> count("#indice li.actual[data-destino='m-5']") == 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) s.js("const r = document.getElementById('indice').getBoundingClientRect();"
                + " return {top: r.top, bottom: r.bottom, scrolled: window.scrollY, height: window.innerHeight};");
        double top = ((Number) box.get("top")).doubleValue();
        assertTrue(((Number) box.get("scrolled")).doubleValue() > 5000, "far down: " + box);
        assertTrue(top >= 0 && top < ((Number) box.get("height")).doubleValue() / 4 && ((Number) box.get("bottom")).doubleValue() > top + 200,
                "the table of contents stays in view: " + box);
        assertEquals("location", s.js("return document.querySelector('#indice li.actual > a').getAttribute('aria-current')"));
        s.screenshot("25-resumen-indice-fijo");

        // Folding a module hides its cards; its title stays.
        String visibleCards = "return [...document.querySelectorAll('#m-2 article.concepto-resumen')].filter(a => a.checkVisibility()).length";
        assertTrue(((Number) s.js(visibleCards)).longValue() > 10);
        s.js("document.querySelector('#m-2 summary').scrollIntoView({block: 'center'})");
        s.driver.findElement(By.cssSelector("#m-2 summary")).click();
        assertEquals(0L, ((Number) s.js(visibleCards)).longValue(), "a folded module hides its cards");
        assertTrue(s.driver.findElement(By.cssSelector("#m-2 summary h2")).isDisplayed());
        s.driver.findElement(By.id("plegar-todo")).click();
        assertEquals(0L, count("details.plegable-modulo[open]"));
        s.driver.findElement(By.id("desplegar-todo")).click();
        assertEquals(count("details.plegable-modulo"), count("details.plegable-modulo[open]"));
        // A link from the table of contents opens the module it points at.
        s.js("document.querySelector('#m-3 details').open = false; window.scrollTo(0, 0)");
        s.driver.findElement(By.cssSelector("#indice a[href='#m-3']")).click();
        assertTrue((Boolean) s.js("return document.querySelector('#m-3 details').open"), "the link unfolds its module");

        // Print: each module on a new page, folded ones unfolded, no table of contents nor switches.
        s.js("document.querySelector('#m-2 details').open = false");
        s.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals(Boolean.TRUE, s.js("return matchMedia('print').matches"));
            assertEquals("page", s.js("return getComputedStyle(document.getElementById('m-2')).breakBefore"));
            assertEquals("page", s.js("return getComputedStyle(document.getElementById('m-6')).breakBefore"));
            assertTrue(((Number) s.js(visibleCards)).longValue() > 10, "a folded module prints unfolded");
            assertEquals("none", s.js("return getComputedStyle(document.querySelector('.indice-marco')).display"));
            assertEquals("none", s.js("return getComputedStyle(document.querySelector('.resumen-controles')).display"));
            s.js("document.getElementById('m-2').scrollIntoView({block: 'start'})");
            s.screenshot("26-resumen-impresion");
        } finally {
            s.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void everyTopicShowsItsDiagramLoadedLazilyWithAltText() {
        s.open("/?vista=resumen&edicion=esencial");
        s.waitFor("li.concepto-linea");
        long topics = 0;
        for (JsonNode m : s.api("/api/resumen/esencial").get("modulos")) for (JsonNode t : m.get("topics")) if (t.has("diagrama")) topics++;
        List<WebElement> images = s.all("img.diagrama-tema");
        assertEquals(topics, images.size(), "one diagram per topic with concepts");
        assertEquals(s.all("section.tema-curso").size(), images.size(), "every topic of the course has one");
        for (WebElement img : images) {
            assertEquals("lazy", img.getAttribute("loading"));
            assertTrue(img.getAttribute("alt").startsWith("Diagrama del tema «"), img.getAttribute("alt"));
            s.js("arguments[0].scrollIntoView({block: 'center'})", img);
            s.wait(20).until(d -> (Boolean) s.js("return arguments[0].complete && arguments[0].naturalWidth > 0", img));
        }
        WebElement last = images.get(images.size() - 1);
        assertTrue(((Number) s.js("return arguments[0].naturalWidth", last)).longValue() >= 600, "drawn at its own size");
        s.js("arguments[0].closest('section.tema-curso').scrollIntoView({block: 'start'})", images.get(0));
        s.screenshot("27-resumen-diagrama");
    }

    @Test
    void onAPhoneTheTableOfContentsIsAFoldedBlockAtTheTop() {
        s.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        try {
            s.open("/?vista=resumen&edicion=completo");
            s.waitFor("#indice");
            assertFalse((Boolean) s.js("return document.getElementById('indice').open"), "folded at first on a phone");
            double tocTop = ((Number) s.js("return document.getElementById('indice').getBoundingClientRect().top")).doubleValue();
            double firstModule = ((Number) s.js("return document.getElementById('m-1').getBoundingClientRect().top")).doubleValue();
            assertTrue(tocTop < firstModule, "the table of contents comes before the text");
            s.js("document.getElementById('indice').scrollIntoView({block: 'center'})");
            s.screenshot("28a-movil-resumen-indice-plegado");
            s.driver.findElement(By.cssSelector("#indice > summary")).click();
            assertTrue(s.driver.findElement(By.cssSelector("#indice a[href='#t-1-1']")).isDisplayed(), "open, it lists the topics too");
            long width = ((Number) s.js("return document.documentElement.scrollWidth")).longValue();
            assertTrue(width <= 391, "no side scroll: " + width);
            s.js("document.getElementById('indice').scrollIntoView({block: 'start'})");
            s.screenshot("28-movil-resumen-indice");
            s.js("document.querySelector('#m-1 .consejo-examen').scrollIntoView({block: 'center'})");
            s.screenshot("29-movil-resumen-consejo");
            // The dark theme: the tip box and the diagram's light sheet keep their contrast.
            s.js("localStorage.setItem('explorador.tema', 'oscuro')");
            s.open("/?vista=resumen&edicion=esencial");
            s.js("document.querySelector('#t-1-2 img.diagrama-tema').scrollIntoView({block: 'start'})");
            s.wait(20).until(d -> (Boolean) s.js("const i = document.querySelector('#t-1-2 img.diagrama-tema'); return i.complete && i.naturalWidth > 0"));
            s.screenshot("30-movil-resumen-esencial-oscuro");
        } finally {
            s.js("localStorage.removeItem('explorador.tema')");
            s.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}

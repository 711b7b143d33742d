package dev.explorador.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The Resumen tells each module's and topic's story («La idea») before its cards and ends with the comparison tables; Comparar puts concepts side by side. */
class CompareAndStoriesTest {
    private static BrowserSession s;

    @BeforeAll
    static void start() throws Exception {
        s = new BrowserSession();
    }

    @AfterAll
    static void stop() {
        if (s != null) s.close();
    }

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
}

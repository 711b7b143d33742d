package dev.explorador.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The web viewer in a real browser against the real server: every job a student does, end to end. */
class WebViewerTest extends InTheBrowser {

    @Test
    void searchWithTyposAndAccentsOpensTheConceptCard() {
        s.open("/");
        String expected = s.api("/api/search?q=" + BrowserSession.enc("tabla de inferencia")).get(0).get("concept").get("slug").asText();
        WebElement box = s.waitFor("#buscar");
        box.sendKeys("TABLA DE INFERENCIA");
        s.waitFor(".sugerencia");
        assertTrue(s.all(".sugerencia").size() >= 2, "autocomplete shows several suggestions");
        s.waitNextRender(() -> box.sendKeys(Keys.ENTER));
        assertTrue(s.driver.getCurrentUrl().endsWith("/concepto/" + expected), s.driver.getCurrentUrl());
        JsonNode card = s.api("/api/concepts/" + expected);
        WebElement ficha = s.waitFor(".panel-ficha .ficha");
        assertEquals(card.get("concept").get("labelEs").asText(), ficha.findElement(By.tagName("h2")).getText());
        String text = ficha.getText();
        assertTrue(text.contains(card.get("definicion").asText()), "plain definition shown");
        assertTrue(text.contains("Consejo para el examen".toUpperCase()) || text.contains("Consejo para el examen"), "exam tip section");
        assertEquals(card.get("fuentes").get(0).asText(), s.driver.findElement(By.cssSelector(".ficha .fuentes a[href^='https://']")).getAttribute("href"),
                "sources shown as links (in a folded section)");
        s.screenshot("01-busqueda-ficha");
    }

    @Test
    void headerSearchFindsAWordInsideTheCardsWithAHighlightedSnippet() {
        s.open("/");
        WebElement box = s.waitFor("#buscar");
        box.sendKeys("vacunas");
        s.waitFor(".sugerencia-texto");
        JsonNode api = s.api("/api/search?q=vacunas&in=text&limit=4");
        List<WebElement> found = s.all(".sugerencia-texto");
        assertEquals(api.size(), found.size(), "no name says it: every suggestion is a text match");
        assertEquals("En el texto de las fichas y preguntas", s.driver.findElement(By.cssSelector(".sugerencias-grupo")).getText());
        for (int i = 0; i < found.size(); i++) {
            WebElement li = found.get(i);
            assertEquals(api.get(i).get("fieldLabel").asText(), li.findElement(By.cssSelector(".sugerencia-tipo")).getText());
            assertEquals(api.get(i).get("snippet").asText(), li.findElement(By.cssSelector(".sugerencia-fragmento")).getText());
            assertTrue(li.findElements(By.cssSelector(".sugerencia-fragmento mark")).stream()
                    .allMatch(m -> m.getText().toLowerCase().startsWith("vacun")), li.getText());
        }
        s.screenshot("01b-busqueda-texto");
        int card = 0;
        while (!api.get(card).get("question").isNull()) card++;
        String slug = api.get(card).get("concept").get("slug").asText();
        WebElement option = found.get(card);
        s.waitNextRender(() -> new org.openqa.selenium.interactions.Actions(s.driver).click(option).perform());
        assertTrue(s.driver.getCurrentUrl().endsWith("/concepto/" + slug), s.driver.getCurrentUrl());

        s.open("/");
        s.waitFor("#buscar").sendKeys("xyzqwv");
        assertTrue(s.waitFor(".sugerencias-vacio").getText().contains("«xyzqwv»"));
    }

    @Test
    void clickingAndKeyboardExpandAndCollapseNeighbours() {
        s.open("/concepto/pyfunc");
        long before = s.graphNodes();
        assertEquals(expectedNodes("pyfunc", 1), before, "depth 1 shows the concept and all its neighbours");
        // A neighbour on the outer ring, expanded with the toolbar button.
        String leaf = (String) s.js("return document.getElementById('principal').graph.cy.nodes().filter(n => !n.hasClass('expandido')).sort((a,b) => b.degree() - a.degree())[0].id()");
        s.js("const g = document.getElementById('principal').graph; g.select(arguments[0]);", leaf);
        s.driver.findElement(By.id("expandir")).click();
        s.wait(15).until(d -> s.graphNodes() > before);
        Set<String> union = nodeSet("pyfunc", 1);
        union.addAll(nodeSet(leaf, 1));
        assertEquals(union.size(), s.graphNodes(), "expanding adds exactly the neighbours of " + leaf);
        s.screenshot("02-expandir");
        // Keyboard: Enter on the selected node collapses it again.
        WebElement canvas = s.driver.findElement(By.id("grafo"));
        s.js("arguments[0].focus()", canvas);
        canvas.sendKeys(Keys.ENTER);
        s.wait(10).until(d -> s.graphNodes() == before);
        // Arrow keys move the selection and the card follows.
        canvas.sendKeys(Keys.ARROW_RIGHT);
        s.wait(10).until(d -> {
            Object sel = s.js("const n = document.getElementById('principal').graph.cy.nodes(':selected')[0]; return n ? n.id() : null");
            return sel != null && !s.all(".panel-ficha .ficha[data-slug='" + sel + "']").isEmpty();
        });
        assertTrue(((Number) s.js("return document.getElementById('principal').graph.cy.edges('.resaltado').length")).intValue() > 0,
                "the selected node's edges are highlighted");
    }

    @Test
    void relationFilterKeepsOnlyThatRelation() {
        s.open("/concepto/inference-table");
        long all = s.graphNodes();
        s.driver.findElement(By.cssSelector(".filtro-relaciones summary")).click();
        s.waitNextRender(() -> s.driver.findElement(By.id("rel-gd-seGobiernaCon")).click());
        assertTrue(s.driver.getCurrentUrl().contains("rel=gd%3AseGobiernaCon"), s.driver.getCurrentUrl());
        List<?> relations = (List<?>) s.js("return document.getElementById('principal').graph.cy.edges().map(e => e.data('relation'))");
        assertFalse(relations.isEmpty());
        assertTrue(relations.stream().allMatch("gd:seGobiernaCon"::equals), relations.toString());
        assertTrue(s.graphNodes() < all);
        assertEquals(s.api("/api/related/inference-table?relation=gd:seGobiernaCon").get("entries").size() + 1, s.graphNodes());
        // Edges read in the true direction: the inference table se gobierna con Unity Catalog.
        assertEquals(Boolean.TRUE, s.js("return document.getElementById('principal').graph.cy.edges().every(e => e.data('target') === 'unity-catalog' && e.data('label') === 'se gobierna con')"));
        s.screenshot("03-filtro-relacion");
    }

    @Test
    void relatedListShowsEveryNeighbourGroupedAndFilters() {
        s.open("/concepto/inference-table?vista=relacionados");
        JsonNode card = s.api("/api/concepts/inference-table");
        int expected = 0;
        for (JsonNode g : card.get("relaciones")) expected += g.get("concepts").size();
        s.waitFor("#lista-relacionados");
        assertEquals(expected, s.all("#lista-relacionados li").size());
        assertEquals(card.get("relaciones").size(), s.all("#lista-relacionados .grupo-relacion").size());
        assertFalse(s.all(".grupo-relacion[data-direccion='in']").isEmpty(), "incoming relations too");
        assertFalse(s.all(".grupo-relacion[data-direccion='out']").isEmpty(), "outgoing relations");
        s.driver.findElement(By.id("filtro-texto")).sendKeys("perfil");
        List<WebElement> left = s.all("#lista-relacionados li");
        assertTrue(left.size() > 0 && left.size() < expected);
        assertTrue(left.stream().allMatch(li -> li.getText().toLowerCase().contains("perfil") || li.getText().toLowerCase().contains("profil")));
        s.screenshot("04-relacionados");
        // A link opens that concept's own list.
        s.waitNextRender(() -> left.get(0).findElement(By.cssSelector("a")).click());
        assertTrue(s.driver.getCurrentUrl().contains("vista=relacionados"));
    }

    @Test
    void pathBetweenTwoConceptsAsSentenceAndOnTheGraph() {
        s.open("/?vista=camino");
        pick("#camino-de", "pyfunc");
        // Choosing the second end once the first is chosen asks for the chains at once.
        s.waitNextRender(() -> pick("#camino-a", "inference table"));
        assertTrue(s.driver.getCurrentUrl().contains("de=pyfunc") && s.driver.getCurrentUrl().contains("a=inference-table"), s.driver.getCurrentUrl());
        JsonNode api = s.api("/api/path?from=pyfunc&to=inference-table&maxLength=6&paths=5");
        List<WebElement> items = s.all("#lista-caminos > li");
        assertEquals(api.get("paths").size(), items.size());
        String first = items.get(0).findElement(By.cssSelector(".frase")).getText();
        assertTrue(first.startsWith("pyfunc (python_function)") && first.endsWith("Tabla de inferencia."), first);
        int steps = api.get("paths").get(0).get("steps").size();
        assertEquals(steps + 1, ((Number) s.js("return document.getElementById('principal').graph.cy.nodes('.camino').length")).intValue());
        s.screenshot("05-camino");
    }

    @Test
    void pathFieldsForgiveTyposAndEveryConceptOfAChainIsALink() {
        s.open("/?vista=camino");
        s.driver.findElement(By.id("camino-de")).sendKeys("pyfnc");
        s.driver.findElement(By.id("camino-a")).sendKeys("tabla de infrencia");
        // The autocomplete may already submit when its suggestion arrives: wait for the address, not for one render.
        s.driver.findElement(By.id("buscar-camino")).click();
        s.wait(20).until(d -> d.getCurrentUrl().contains("de=pyfunc") && d.getCurrentUrl().contains("a=inference-table"));
        s.waitFor("#lista-caminos > li");
        String url = s.driver.getCurrentUrl();
        assertTrue(url.contains("de=pyfunc") && url.contains("a=inference-table") && !url.contains("todas="), url);
        JsonNode api = s.api("/api/path?from=pyfunc&to=inference-table&maxLength=6&paths=5");
        assertTrue(s.waitFor("#nota-camino").getText().contains("sin «se confunde con»"));
        List<WebElement> items = s.all("#lista-caminos > li");
        assertEquals(api.get("paths").size(), items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode steps = api.get("paths").get(i).get("steps");
            List<String> linked = items.get(i).findElements(By.cssSelector(".frase a")).stream()
                    .map(a -> a.getAttribute("href").replaceFirst(".*/concepto/", "")).toList();
            List<String> expected = new ArrayList<>(List.of(steps.get(0).get("from").get("slug").asText()));
            steps.forEach(step -> expected.add(step.get("to").get("slug").asText()));
            assertEquals(expected, linked, "every concept of chain " + i + " links to its card");
        }
        s.screenshot("05b-camino-enlaces");
        WebElement middle = items.get(0).findElements(By.cssSelector(".frase a")).get(1);
        String slug = middle.getAttribute("href").replaceFirst(".*/concepto/", "");
        s.waitNextRender(middle::click);
        assertTrue(s.driver.getCurrentUrl().endsWith("/concepto/" + slug), s.driver.getCurrentUrl());

        s.open("/?vista=camino&de=inference-table&a=usage-tracking");
        assertTrue(s.all("#lista-caminos > li").stream().noneMatch(li -> li.getText().contains("se confunde con")));
        s.driver.findElement(By.id("camino-todas")).click();
        s.waitNextRender(() -> s.driver.findElement(By.id("buscar-camino")).click());
        assertTrue(s.driver.getCurrentUrl().contains("todas=1"), s.driver.getCurrentUrl());
        assertTrue(s.all("#lista-caminos > li").get(0).getText().contains("se confunde con"));
    }

    @Test
    void resumenRendersEveryConceptInCourseOrderWithGlossary() {
        s.js("localStorage.removeItem('explorador.alcance')");
        s.open("/?vista=resumen");
        // The course alone by default: every concept of modules 1–6, in course order.
        JsonNode outline = s.api("/api/outline");
        Set<String> slugs = new HashSet<>();
        for (JsonNode m : outline) for (JsonNode t : m.get("topics")) for (JsonNode c : t.get("concepts")) slugs.add(c.get("slug").asText());
        s.waitFor("#tabla-glosario");
        List<WebElement> sections = s.all("article.concepto-resumen");
        assertEquals(slugs.size(), sections.size(), "one section per concept of the course");
        Set<String> shown = new HashSet<>((List<String>) s.js("return [...document.querySelectorAll('article.concepto-resumen')].map(a => a.dataset.slug)"));
        assertEquals(slugs, shown);
        assertEquals(slugs.size(), s.all("#tabla-glosario tbody tr").size());
        assertEquals(outline.get(0).get("topics").get(0).get("concepts").get(0).get("slug").asText(), sections.get(0).getAttribute("data-slug"), "course order");
        assertEquals(outline.size(), s.all(".indice > ol > li").size(), "table of contents lists every module");
        assertEquals(6, outline.size());
        assertTrue(s.all(".modulo[data-fuera-del-curso='true']").isEmpty());
        assertTrue(sections.get(0).getText().contains("Consejo para el examen"));
        assertTrue(s.driver.findElement(By.id("exportar-md")).getAttribute("href").endsWith("/api/export/resumen?format=md"));
        s.screenshot("07-resumen");

        // The whole certification: the switch adds modules 7–10, and then every concept of the graph is there.
        s.waitNextRender(() -> s.driver.findElement(By.id("alcance-certificacion")).click());
        assertTrue(s.driver.getCurrentUrl().contains("alcance=certificacion"), s.driver.getCurrentUrl());
        s.waitFor("#tabla-glosario");
        JsonNode concepts = s.api("/api/concepts");
        assertEquals(concepts.size(), s.all("article.concepto-resumen").size(), "one section per concept of the graph");
        assertEquals(10, s.all(".indice > ol > li").size());
        assertEquals(4, s.all(".modulo[data-fuera-del-curso='true']").size(), "modules 7 to 10 are marked as beyond the course");
        assertEquals(slugs.size(), s.all(".modulo[data-fuera-del-curso='false'] article.concepto-resumen").size(), "the course comes first, unchanged");
        assertTrue(s.driver.findElement(By.id("exportar-pdf")).getAttribute("href").endsWith("/api/export/resumen?format=pdf&alcance=certificacion"));
        s.js("document.getElementById('m-7').scrollIntoView()");
        s.screenshot("07b-resumen-certificacion");
        // The choice is remembered: flash cards and the course map follow it, and the course is one click away.
        s.open("/?vista=tarjetas");
        assertTrue(new Select(s.waitFor("#mazo")).getOptions().get(0).getText().equals("Toda la certificación (" + concepts.size() + ")"));
        assertTrue(s.all("#mazo optgroup option").stream().anyMatch(o -> o.getText().startsWith("Módulo 10:")));
        s.open("/?vista=mapa");
        s.waitFor("#mapa-lienzo svg");
        String modules = "#mapa-lienzo [role='treeitem'][aria-level='2']";
        assertEquals(10, s.all(modules).size(), "the course map has the new modules");
        s.waitNextRender(() -> s.driver.findElement(By.id("alcance-curso")).click());
        s.waitFor("#mapa-lienzo svg");
        assertEquals(6, s.all(modules).size(), "the course's six modules");
        s.open("/?vista=tarjetas");
        assertEquals("Todo el curso (" + slugs.size() + ")", new Select(s.waitFor("#mazo")).getOptions().get(0).getText());
        s.js("localStorage.removeItem('explorador.alcance')");
    }

    @Test
    void quizRoundScoresAndExplainsEveryOption() {
        s.js("localStorage.clear()");
        s.open("/?vista=examen");
        new Select(s.driver.findElement(By.id("seccion"))).selectByValue("4");
        new Select(s.driver.findElement(By.id("cantidad"))).selectByValue("5");
        s.driver.findElement(By.id("empezar")).click();
        s.waitFor("#examen .pregunta");
        List<WebElement> questions = s.all("#examen .pregunta");
        assertEquals(5, questions.size());
        JsonNode all = s.api("/api/questions?section=4");
        int options = 0;
        for (int i = 0; i < questions.size(); i++) {
            WebElement q = questions.get(i);
            assertEquals("ex:s4", q.getAttribute("data-seccion"));
            JsonNode data = find(all, q.getAttribute("data-id"));
            options += data.get("options").size();
            for (JsonNode o : data.get("options")) {
                // Answer all right except the first question, which gets only wrong options.
                boolean tick = i == 0 ? o == firstWrong(data) : o.get("correct").asBoolean();
                if (tick) q.findElement(By.cssSelector(".opcion[data-letra='" + o.get("letter").asText() + "'] input")).click();
            }
        }
        s.driver.findElement(By.id("entregar")).click();
        WebElement score = s.waitFor("#puntuacion");
        assertEquals("Puntuación: 4 de 5 (80 %)", score.getText());
        assertEquals(options, s.all("#examen .explicacion-opcion").size(), "every option explained");
        assertEquals(1, s.all("#examen .pregunta.fallada").size());
        assertFalse(s.all("#examen .pregunta a.enlace-concepto").isEmpty(), "links to the concepts");
        String row = s.driver.findElement(By.cssSelector("#tabla-progreso tr[data-seccion='ex:s4']")).getText();
        assertTrue(row.contains("5") && row.contains("4 (80 %)"), row);
        s.screenshot("08-examen");
    }

    @Test
    void flashCardsRevealAndMoveThroughLeitnerBoxes() {
        s.open("/?vista=tarjetas");
        s.js("localStorage.clear()");
        s.open("/?vista=tarjetas&mazo=m3");
        WebElement card = s.waitFor("#tarjeta");
        String slug = card.getAttribute("data-slug");
        assertFalse(s.driver.findElement(By.id("lo-sabia")).isDisplayed(), "grading only after the answer is shown");
        assertFalse(s.driver.findElement(By.id("respuesta")).isDisplayed());
        s.driver.findElement(By.id("mostrar")).click();
        String definition = s.api("/api/concepts/" + slug).get("definicion").asText();
        assertTrue(s.driver.findElement(By.id("respuesta")).getText().contains(definition));
        s.screenshot("09-tarjetas");
        s.driver.findElement(By.id("lo-sabia")).click();
        s.wait(5).until(d -> s.driver.findElement(By.cssSelector("#cajas li[data-caja='2']")).getText().equals("Caja 2: 1"));
        assertFalse(slug.equals(s.driver.findElement(By.id("tarjeta")).getAttribute("data-slug")), "a learnt card is not shown again today");
        Object box = s.js("return JSON.parse(localStorage.getItem('explorador.leitner'))['termino:' + arguments[0]].box", slug);
        assertEquals(2L, ((Number) box).longValue());
        // Definition → term: the name is hidden until revealed.
        new Select(s.driver.findElement(By.id("modo"))).selectByValue("definicion");
        WebElement reverse = s.waitFor("#tarjeta");
        JsonNode reverseCard = s.api("/api/concepts/" + reverse.getAttribute("data-slug"));
        assertTrue(reverse.findElement(By.cssSelector(".cara")).getText().contains(reverseCard.get("definicion").asText()), "the definition is the question");
        assertFalse(s.driver.findElement(By.id("respuesta")).isDisplayed(), "the name stays hidden until revealed");
        s.driver.findElement(By.id("mostrar")).click();
        assertTrue(s.driver.findElement(By.id("respuesta")).getText().contains(reverseCard.get("concept").get("labelEs").asText()));
    }

    @Test
    void sparqlConsoleShowsResultsAndErrors() {
        s.open("/?vista=sparql");
        new Select(s.driver.findElement(By.id("ejemplos"))).selectByIndex(1); // "Todo lo que se guarda en Unity Catalog"
        s.waitFor("#tabla-sparql");
        JsonNode expected = s.api("/sparql?query=" + BrowserSession.enc(
                "PREFIX gd: <https://explorador-genai.example/vocab#> PREFIX c: <https://explorador-genai.example/concepto/> "
                        + "SELECT ?c WHERE { ?c gd:seGuardaEn c:unity-catalog }"));
        int rows = expected.get("results").get("bindings").size();
        assertTrue(rows > 0);
        assertEquals(rows, s.all("#tabla-sparql tbody tr").size());
        s.screenshot("10-sparql");
        WebElement link = s.driver.findElement(By.cssSelector("#tabla-sparql a.iri-concepto"));
        String target = link.getText().substring(2);
        s.waitNextRender(link::click);
        assertTrue(s.driver.getCurrentUrl().endsWith("/concepto/" + target), "concept IRIs open in the viewer");
        s.driver.navigate().back();
        s.waitFor("#consulta");
        WebElement area = s.driver.findElement(By.id("consulta"));
        area.clear();
        area.sendKeys("SELECT ?x WHERE { ?x ?y }");
        s.driver.findElement(By.id("ejecutar")).click();
        WebElement error = s.waitFor("#resultado-sparql .error");
        assertTrue(error.getText().contains("400"), error.getText());
        s.screenshot("11-sparql-error");
    }

    @Test
    void deepLinksAndBackButtonWork() {
        s.open("/concepto/unity-catalog");
        assertEquals("Unity Catalog", s.waitFor("#titulo-concepto").getText());
        s.waitFor(".panel-ficha .ficha");
        s.js("document.querySelectorAll('.panel-ficha details').forEach(d => d.open = true)"); // relations are folded
        WebElement link = s.waitFor(".panel-ficha .relaciones a.enlace-concepto");
        String slug = link.getAttribute("data-slug");
        s.waitNextRender(link::click);
        assertTrue(s.driver.getCurrentUrl().endsWith("/concepto/" + slug));
        s.waitNextRender(() -> s.driver.findElement(By.cssSelector(".pestanas a[data-vista='resumen']")).click());
        s.waitNextRender(() -> s.driver.navigate().back());
        assertEquals(s.api("/api/concepts/" + slug).get("concept").get("labelEs").asText(), s.waitFor("#titulo-concepto").getText());
        s.waitNextRender(() -> s.driver.navigate().back());
        assertEquals("Unity Catalog", s.waitFor("#titulo-concepto").getText());
        s.waitNextRender(() -> s.driver.navigate().forward());
        assertTrue(s.driver.getCurrentUrl().endsWith("/concepto/" + slug));
        // Deep links straight into a view, and an unknown concept with suggestions.
        s.open("/concepto/pyfunc?vista=mapa&profundidad=1");
        assertEquals("pyfunc (python_function)", s.waitFor("#titulo-concepto").getText());
        s.open("/?vista=camino&de=pyfunc&a=inference-table");
        assertFalse(s.all("#lista-caminos li").isEmpty());
        s.open("/concepto/unity-catalg");
        assertTrue(s.waitFor(".error").getText().contains("unity-catalg"));
        s.screenshot("12-enlace-desconocido");
    }

    @Test
    void phoneWidthHasNoSideScrollAndStillWorks() {
        s.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 375, "height", 800, "deviceScaleFactor", 2, "mobile", true));
        try {
            for (String path : List.of("/concepto/pyfunc", "/?vista=resumen", "/?vista=examen", "/?vista=camino&de=pyfunc&a=inference-table", "/?vista=sparql")) {
                s.open(path);
                long width = ((Number) s.js("return document.documentElement.scrollWidth")).longValue();
                Object culprit = s.js("const out = []; for (const el of document.querySelectorAll('main *')) { if (el.closest('.tabla-envoltura')) continue; const r = el.getBoundingClientRect();"
                        + " if (r.right > 377 && out.length < 5) out.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right) + ' ' + (el.textContent || '').slice(0, 40)); } return out.join(' | ');");
                assertTrue(width <= 376, path + " is " + width + " px wide on a 375 px phone: " + culprit);
            }
            s.open("/concepto/pyfunc");
            WebElement graph = s.driver.findElement(By.id("grafo"));
            assertTrue(graph.getSize().getWidth() > 300 && graph.getSize().getHeight() > 250, graph.getSize().toString());
            assertTrue(s.driver.findElement(By.cssSelector(".panel-ficha .ficha")).isDisplayed());
            s.screenshot("13-movil-grafo");
            s.js("window.scrollTo(0, document.querySelector('.panel-ficha').offsetTop)");
            s.screenshot("14-movil-ficha");
        } finally {
            s.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void darkThemeToggleAndNoCspViolationsNorExternalRequests() {
        s.open("/concepto/inference-table");
        s.js("localStorage.removeItem('explorador.tema')");
        String before = (String) s.js("return document.documentElement.dataset.theme");
        s.driver.findElement(By.id("tema")).click();
        String after = (String) s.js("return document.documentElement.dataset.theme");
        assertFalse(before.equals(after));
        s.js("localStorage.setItem('explorador.tema', 'oscuro')");
        s.open("/concepto/inference-table");
        assertEquals("oscuro", s.js("return document.documentElement.dataset.theme"));
        String bg = (String) s.js("return getComputedStyle(document.body).backgroundColor");
        assertEquals("rgb(21, 24, 28)", bg);
        s.screenshot("15-tema-oscuro");
        s.js("localStorage.removeItem('explorador.tema')");
        for (String view : List.of("resumen", "tarjetas", "examen", "sparql", "camino")) s.open("/?vista=" + view);
        s.open("/concepto/pyfunc?vista=mapa");
        assertEquals(Boolean.TRUE, s.js("return performance.getEntriesByType('resource').every(e => e.name.startsWith(location.origin))"),
                "nothing fetched from another origin");
        List<String> problems = new ArrayList<>();
        for (String line : s.browserLog()) {
            if (line.contains("Content Security Policy") || line.contains("Uncaught") || line.contains("TypeError") || line.contains("ReferenceError")) problems.add(line);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Draws the biggest real neighbourhood and 300 synthetic nodes; the timings are printed, never asserted (the bench owns speed). */
    @Test
    void theBiggestNeighbourhoodAndThreeHundredNodesAreDrawn() {
        s.open("/concepto/pyfunc");
        double first = ((Number) s.js("return window.__explorador.firstGraphMs")).doubleValue();
        double interactive = ((Number) s.js("const n = performance.getEntriesByType('navigation')[0]; return n.domInteractive")).doubleValue();
        s.open("/concepto/unity-catalog?profundidad=3");
        double bigReal = ((Number) s.js("return window.__explorador.lastGraphMs")).doubleValue();
        long bigNodes = s.graphNodes();
        // 300 nodes and 600 edges drawn with the viewer's own graph module and style.
        @SuppressWarnings("unchecked")
        Map<String, Object> synthetic = (Map<String, Object>) s.jsAsync(
                "const done = arguments[arguments.length - 1];"
                        + "import('/js/graph.js').then(async (m) => {"
                        + "  const box = document.createElement('div'); box.className = 'grafo'; document.getElementById('principal').prepend(box);"
                        + "  const kinds = ['Producto','Componente','API','Artefacto','Almacen','Metrica','Practica','Etapa','Tecnica','EstrategiaDespliegue','Problema'];"
                        + "  const t0 = performance.now(); const g = m.createGraph(box, {});"
                        + "  g.cy.batch(() => { for (let i = 0; i < 300; i++) g.addNode({slug: 'n' + i, labelEs: 'Concepto número ' + i, kind: kinds[i % kinds.length]});"
                        + "    for (let i = 1; i < 300; i++) { g.addEdge({id: 'a' + i, source: 'n' + Math.floor(i / 3), target: 'n' + i, label: 'usa'});"
                        + "      g.addEdge({id: 'b' + i, source: 'n' + i, target: 'n' + ((i * 7) % 300), label: 'se guarda en'}); } });"
                        + "  await g.runLayout('cose', 'n0'); const layout = performance.now() - t0;"
                        + "  const frames = []; for (let k = 0; k < 10; k++) { const t1 = performance.now(); g.cy.zoom(g.cy.zoom() * 1.05);"
                        + "    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))); frames.push((performance.now() - t1) / 2); }"
                        + "  const frame = frames.reduce((a, b) => a + b, 0) / frames.length;"
                        + "  done({nodes: g.cy.nodes().length, edges: g.cy.edges().length, layout, frame}); g.destroy(); box.remove(); });");
        long nodes = ((Number) synthetic.get("nodes")).longValue();
        double layout = ((Number) synthetic.get("layout")).doubleValue();
        double frame = ((Number) synthetic.get("frame")).doubleValue();
        System.out.printf("RENDIMIENTO: documento interactivo %.0f ms; primer grafo (pyfunc) %.0f ms desde la navegación%n", interactive, first);
        System.out.printf("RENDIMIENTO: vecindario real más grande (unity-catalog, profundidad 3): %d nodos en %.0f ms (API + layout + dibujo)%n", bigNodes, bigReal);
        System.out.printf("RENDIMIENTO: grafo de %d nodos y %s aristas: layout cose + dibujo %.0f ms; un fotograma de zoom %.1f ms%n",
                nodes, synthetic.get("edges"), layout, frame);
        assertEquals(300, nodes);
        assertEquals(distinctSyntheticPairs(), ((Number) synthetic.get("edges")).intValue(),
                "every synthetic edge drawn (two relations between the same pair share one edge)");
        assertTrue(bigNodes > 1, "the depth-3 neighbourhood of unity-catalog has nodes beyond the root");
        assertTrue(first > 0 && Double.isFinite(layout) && Double.isFinite(frame), "the viewer reported its timings");
        s.screenshot("16-vecindario-grande");
    }

    // ---- helpers ----

    private static void pick(String css, String text) {
        WebElement input = s.driver.findElement(By.cssSelector(css));
        input.sendKeys(text);
        s.wait(10).until(d -> !s.all(css + " + .sugerencias .sugerencia").isEmpty());
        input.sendKeys(Keys.ENTER);
        s.wait(5).until(d -> suggestionsClosed(css));
    }

    /**
     * The suggestion box is hidden, or gone: choosing the second end of a path renders the view again, and on a busy
     * machine the box can be replaced between finding it and reading it (a stale element is a closed box too).
     */
    private static boolean suggestionsClosed(String css) {
        try {
            List<WebElement> boxes = s.driver.findElements(By.cssSelector(css + " + .sugerencias"));
            return boxes.isEmpty() || boxes.get(0).getAttribute("hidden") != null;
        } catch (StaleElementReferenceException replaced) {
            return true;
        }
    }

    private static Set<String> nodeSet(String slug, int depth) {
        Set<String> nodes = new HashSet<>();
        nodes.add(slug);
        for (JsonNode e : s.api("/api/related/" + slug + "?depth=" + depth).get("entries")) {
            nodes.add(e.get("from").get("slug").asText());
            nodes.add(e.get("concept").get("slug").asText());
        }
        return nodes;
    }

    /** The viewer draws a concept's first {@value #NEAR_STEP} neighbours and keeps the rest behind «Ver más». */
    private static final int NEAR_STEP = 30;

    private static long expectedNodes(String slug, int depth) {
        long found = nodeSet(slug, depth).size();
        return depth == 1 ? Math.min(found, NEAR_STEP + 1) : found;
    }

    /** The synthetic graph's edges (i/3 → i and i → 7i mod 300), counted once per pair of nodes. */
    private static int distinctSyntheticPairs() {
        Set<String> pairs = new HashSet<>();
        for (int i = 1; i < 300; i++) {
            pairs.add(Math.min(i / 3, i) + "-" + Math.max(i / 3, i));
            int j = (i * 7) % 300;
            pairs.add(Math.min(i, j) + "-" + Math.max(i, j));
        }
        return pairs.size();
    }

    private static JsonNode find(JsonNode questions, String id) {
        for (JsonNode q : questions) if (q.get("id").asText().equals(id)) return q;
        throw new AssertionError("question not in /api/questions: " + id);
    }

    private static JsonNode firstWrong(JsonNode question) {
        for (JsonNode o : question.get("options")) if (!o.get("correct").asBoolean()) return o;
        throw new AssertionError("no wrong option");
    }
}

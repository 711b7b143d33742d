package dev.explorador.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The exam simulator in a real browser (issue #12): the draw by section weights, autosave and resume, results, review. */
class SimulacroTest extends InTheBrowser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SIZE = 45;

    private static void phone() {
        s.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    }

    @Test
    void aFullSimulacroFollowsTheWeightsResumesAfterAReloadAndIsScoredBySection() throws Exception {
        s.js("localStorage.clear()");
        Map<String, JsonNode> questions = new HashMap<>();
        Map<String, Integer> available = new LinkedHashMap<>();
        for (JsonNode q : s.api("/api/questions")) {
            questions.put(q.get("id").asText(), q);
            available.merge(q.get("section").asText(), 1, Integer::sum);
        }
        JsonNode sections = s.api("/api/exam");
        Map<String, Integer> plan = allocate(sections, available, SIZE);
        assertEquals(SIZE, plan.values().stream().mapToInt(Integer::intValue).sum());

        s.open("/?vista=examen");
        for (JsonNode sec : sections) {
            String id = sec.get("id").asText();
            assertEquals(String.valueOf(plan.get(id)), s.driver.findElement(By.cssSelector("#plan-simulacro tr[data-seccion='" + id + "']")).getAttribute("data-plan"),
                    "the announced plan for " + id);
        }
        s.screenshot("sim-01-inicio-examen");
        s.waitNextRender(() -> s.driver.findElement(By.id("simulacro-nuevo")).click());
        s.waitFor("#simulacro-pregunta .pregunta");
        assertEquals(SIZE, s.all("#navegador .celda").size(), "a navigator with every question");

        // What was drawn: 45 different questions, as many from each section as the weights say.
        JsonNode state = state();
        assertEquals(SIZE, state.get("preguntas").size());
        Set<String> drawn = new HashSet<>();
        Map<String, Integer> bySection = new HashMap<>();
        for (JsonNode p : state.get("preguntas")) {
            String id = p.get("id").asText();
            assertTrue(drawn.add(id), "no question twice: " + id);
            bySection.merge(questions.get(id).get("section").asText(), 1, Integer::sum);
        }
        for (var e : plan.entrySet()) assertEquals(e.getValue(), bySection.getOrDefault(e.getKey(), 0), "questions of " + e.getKey());
        assertTrue(s.all(".pregunta .marca-ok, .pregunta .explicacion-opcion, #puntuacion").isEmpty(), "no feedback before handing in");

        // Answer the first 30 (every third one wrong), mark one for review, reload half-way, leave 15 blank.
        Map<String, Boolean> expectedRight = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            if (i == 15) {
                s.open("/?vista=examen&modo=simulacro");
                assertTrue(s.waitFor("#simulacro-pregunta .numero-pregunta").getText().startsWith("Pregunta 16 de 45"), "resumes at the question it was on");
                assertEquals(15, s.all("#navegador .celda.respondida").size(), "the answers survive the reload");
                assertEquals(1, s.all("#navegador .celda.marcada").size(), "the mark survives the reload");
                s.screenshot("sim-03-tras-recargar");
            }
            WebElement box = s.waitFor("#simulacro-pregunta .pregunta[data-indice='" + i + "']");
            JsonNode q = questions.get(box.getAttribute("data-id"));
            boolean right = i % 3 != 0;
            expectedRight.put(q.get("id").asText(), right);
            for (JsonNode o : q.get("options")) {
                boolean tick = right ? o.get("correct").asBoolean() : o == firstWrong(q);
                if (tick) box.findElement(By.cssSelector(".opcion[data-letra='" + o.get("letter").asText() + "'] input")).click();
            }
            if (i == 4) s.driver.findElement(By.id("marcar")).click();
            if (i == 2) s.screenshot("sim-02-pregunta");
            s.driver.findElement(By.id("siguiente")).click();
        }
        assertEquals(30, s.all("#navegador .celda.respondida").size());
        // The navigator jumps back, and the earlier answer is still ticked.
        s.driver.findElement(By.cssSelector("#navegador li:nth-child(2) .celda")).click();
        JsonNode revisited = questions.get(s.waitFor("#simulacro-pregunta .pregunta[data-indice='1']").getAttribute("data-id"));
        long rightOptions = 0;
        for (JsonNode o : revisited.get("options")) if (o.get("correct").asBoolean()) rightOptions++;
        assertEquals(rightOptions, s.all("#simulacro-pregunta .pregunta[data-indice='1'] input:checked").size(), "its right options, ticked earlier");

        // On a phone the timer bar stays on screen while the page scrolls down to the navigator.
        phone();
        s.js("document.getElementById('navegador').scrollIntoView({block: 'end'})");
        assertTrue(((Number) s.js("return window.scrollY")).doubleValue() > 0, "the page scrolled");
        assertEquals(Boolean.TRUE, s.js("const r = document.getElementById('reloj').getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight"),
                "timer visible after scrolling");
        assertEquals(Boolean.TRUE, s.js("return document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scroll on a phone");
        s.screenshot("sim-04-movil-navegador");
        s.js("window.scrollTo(0, 0)");
        s.screenshot("sim-04b-movil-pregunta");
        s.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());

        // Handing in with blanks asks first; cancelling keeps the exam going.
        s.driver.findElement(By.id("entregar")).click();
        String warning = s.waitFor("#confirmar-texto").getText();
        assertTrue(warning.contains("15 preguntas sin responder") && warning.contains("1 marcadas"), warning);
        s.driver.findElement(By.id("confirmar-no")).click();
        assertTrue(s.all("#puntuacion").isEmpty());
        s.driver.findElement(By.id("entregar")).click();
        s.waitNextRender(() -> s.waitFor("#confirmar-si").click());

        // Results: overall, by section against the exam's sections, wrong answers explained, no pass mark invented.
        long right = expectedRight.values().stream().filter(b -> b).count();
        assertEquals(20, right);
        WebElement score = s.waitFor("#puntuacion");
        assertEquals("Puntuación: 20 de 45 (44 %)", score.getText());
        for (JsonNode sec : sections) {
            String id = sec.get("id").asText();
            WebElement row = s.driver.findElement(By.cssSelector("#resultado-secciones tr[data-seccion='" + id + "']"));
            long ok = expectedRight.entrySet().stream().filter(e -> e.getValue() && questions.get(e.getKey()).get("section").asText().equals(id)).count();
            assertEquals(String.valueOf(plan.get(id)), row.getAttribute("data-preguntas"), "questions of " + id);
            assertEquals(String.valueOf(ok), row.getAttribute("data-aciertos"), "right answers of " + id);
            assertTrue(row.getText().contains(sec.get("weight").asText() + " %"), row.getText());
        }
        assertTrue(s.driver.findElement(By.id("sin-nota-de-corte")).getText().contains("no publica una nota de aprobado"));
        assertEquals(25, s.all("#lista-falladas > li").size(), "10 wrong and 15 blank");
        assertFalse(s.all("#lista-falladas a.enlace-concepto").isEmpty(), "links to the concepts to review");
        assertFalse(s.all("#resultado-objetivos tbody tr").isEmpty(), "by objective too");
        assertEquals(1, s.all("#tabla-historial tbody tr").size());
        s.screenshot("sim-05-resultado");
        phone();
        assertEquals(Boolean.TRUE, s.js("return document.documentElement.scrollWidth <= window.innerWidth"), "results fit a phone");
        s.screenshot("sim-05b-movil-resultado");
        s.js("document.getElementById('lista-falladas').scrollIntoView()");
        s.screenshot("sim-05c-movil-falladas");
        s.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        assertTrue(s.all("#simulacro-en-curso").isEmpty());
        assertEquals(null, s.js("return localStorage.getItem('explorador.simulacro')"), "nothing left running");

        // Repasar: only the questions answered wrong.
        Set<String> wrong = new HashSet<>(drawn);
        expectedRight.forEach((id, ok) -> { if (ok) wrong.remove(id); });
        s.waitNextRender(() -> s.driver.findElement(By.id("repasar-falladas")).click());
        new Select(s.driver.findElement(By.id("cantidad"))).selectByValue("todas");
        s.driver.findElement(By.id("empezar")).click();
        s.waitFor("#examen .pregunta");
        List<String> reviewed = new ArrayList<>();
        for (WebElement q : s.all("#examen .pregunta")) reviewed.add(q.getAttribute("data-id"));
        assertEquals(25, reviewed.size(), "every wrong or blank question, nothing else");
        assertTrue(reviewed.containsAll(wrong), reviewed.toString());
        s.screenshot("sim-06-repasar");

        // Their concepts go to the flash cards as a deck of their own.
        s.open("/?vista=examen&modo=resultado");
        s.waitNextRender(() -> s.waitFor("#a-tarjetas").click());
        assertEquals("repaso", new Select(s.waitFor("#mazo")).getFirstSelectedOption().getAttribute("value"));
        Set<String> concepts = new HashSet<>();
        for (String id : reviewed) for (JsonNode c : questions.get(id).get("concepts")) concepts.add(c.get("slug").asText());
        assertTrue(concepts.contains(s.waitFor("#tarjeta").getAttribute("data-slug")));
        s.screenshot("sim-07-tarjetas-repaso");

        // A second attempt that runs out of time hands itself in; the history shows the trend.
        s.open("/?vista=examen");
        s.waitNextRender(() -> s.driver.findElement(By.id("simulacro-nuevo")).click());
        s.waitFor("#simulacro-pregunta .pregunta");
        s.open("/?vista=inicio"); // leave the simulacro (its clock stops), then pretend it is nearly over
        s.js("const st = JSON.parse(localStorage.getItem('explorador.simulacro')); st.restante = 2; localStorage.setItem('explorador.simulacro', JSON.stringify(st));");
        s.open("/?vista=examen&modo=simulacro");
        WebElement second = s.wait(30).until(d -> d.findElements(By.id("puntuacion")).stream().findFirst().orElse(null));
        assertEquals("Puntuación: 0 de 45 (0 %)", second.getText());
        assertEquals(2, s.all("#tabla-historial tbody tr").size());
        assertEquals(2, s.all(".tendencia circle").size(), "a trend line with both attempts");
        assertTrue(s.driver.findElement(By.cssSelector("#tabla-historial tr[data-intento='2']")).getText().contains("▼ -44"));
        s.js("document.getElementById('historial').scrollIntoView()");
        s.screenshot("sim-08-historial");
        s.js("localStorage.clear()");
    }

    @Test
    void optionOrderChangesBetweenAttempts() {
        s.js("localStorage.clear()");
        s.open("/?vista=examen&seccion=5&n=todas");
        JsonNode bank = s.api("/api/questions?section=5");
        Map<String, String> first = orders();
        assertEquals(bank.size(), first.size());
        Map<String, String> second = orders();
        assertEquals(first.keySet(), second.keySet(), "the same questions twice");
        long changed = first.keySet().stream().filter(id -> !first.get(id).equals(second.get(id))).count();
        assertTrue(changed > 0, "option order changes between attempts");
        // The letters on screen are positions (A, B, C…), whatever option sits there.
        WebElement q = s.all("#examen .pregunta").get(0);
        List<WebElement> labels = q.findElements(By.cssSelector(".opcion label"));
        for (int i = 0; i < labels.size(); i++) assertTrue(labels.get(i).getText().startsWith((char) ('A' + i) + ". "), labels.get(i).getText());
        // And the graph's letter of the right answer does not stay where the graph put it.
        long moved = 0;
        for (JsonNode data : bank) {
            String order = second.get(data.get("id").asText());
            String graph = "";
            for (JsonNode o : data.get("options")) graph += o.get("letter").asText();
            if (!order.equals(graph)) moved++;
        }
        assertTrue(moved > 0);
    }

    /** Starts a practice round and reads the order of the options of each question (their stable letters). */
    private static Map<String, String> orders() {
        s.driver.findElement(By.id("empezar")).click();
        s.wait(20).until(d -> !s.all("#examen .pregunta").isEmpty() && !s.all("#examen .pregunta").get(0).getAttribute("data-orden").isEmpty());
        Map<String, String> out = new HashMap<>();
        for (WebElement q : s.all("#examen .pregunta")) {
            out.put(q.getAttribute("data-id"), q.getAttribute("data-orden"));
            StringBuilder shown = new StringBuilder();
            for (WebElement o : q.findElements(By.cssSelector(".opcion"))) shown.append(o.getAttribute("data-letra"));
            assertEquals(q.getAttribute("data-orden"), shown.toString(), "the options are shown in that order");
        }
        return out;
    }

    private static JsonNode state() throws Exception {
        Object raw = s.js("return localStorage.getItem('explorador.simulacro')");
        return JSON.readTree(raw == null ? "{}" : raw.toString());
    }

    private static JsonNode firstWrong(JsonNode q) {
        for (JsonNode o : q.get("options")) if (!o.get("correct").asBoolean()) return o;
        throw new IllegalStateException();
    }

    /**
     * The draw, written again independently of the viewer: shares proportional to the weights; a section with fewer
     * questions than its share gives them all and the rest is shared again; largest remainder, ties to the heavier one.
     */
    static Map<String, Integer> allocate(JsonNode sections, Map<String, Integer> available, int total) {
        Map<String, Integer> plan = new LinkedHashMap<>();
        List<JsonNode> open = new ArrayList<>();
        int left = 0;
        for (JsonNode sec : sections) {
            String id = sec.get("id").asText();
            plan.put(id, 0);
            if (sec.get("weight").asInt() > 0 && available.getOrDefault(id, 0) > 0) {
                open.add(sec);
                left += available.get(id);
            }
        }
        left = Math.min(total, left);
        boolean capped = true;
        while (capped && !open.isEmpty()) {
            capped = false;
            double weight = open.stream().mapToInt(x -> x.get("weight").asInt()).sum();
            List<JsonNode> small = new ArrayList<>();
            for (JsonNode sec : open) {
                if (available.get(sec.get("id").asText()) <= left * sec.get("weight").asInt() / weight) small.add(sec);
            }
            for (JsonNode sec : small) {
                int n = available.get(sec.get("id").asText());
                plan.put(sec.get("id").asText(), n);
                left -= n;
                capped = true;
            }
            open.removeAll(small);
        }
        if (open.isEmpty()) return plan;
        double weight = open.stream().mapToInt(x -> x.get("weight").asInt()).sum();
        record Share(JsonNode sec, double exact) {}
        List<Share> shares = new ArrayList<>();
        int given = 0;
        for (JsonNode sec : open) {
            double exact = left * sec.get("weight").asInt() / weight;
            shares.add(new Share(sec, exact));
            plan.put(sec.get("id").asText(), (int) Math.floor(exact));
            given += (int) Math.floor(exact);
        }
        shares.sort((a, b) -> {
            int byFraction = Double.compare(b.exact - Math.floor(b.exact), a.exact - Math.floor(a.exact));
            return byFraction != 0 ? byFraction : Integer.compare(b.sec.get("weight").asInt(), a.sec.get("weight").asInt());
        });
        for (int i = 0; i < left - given; i++) plan.merge(shares.get(i).sec.get("id").asText(), 1, Integer::sum);
        return plan;
    }
}

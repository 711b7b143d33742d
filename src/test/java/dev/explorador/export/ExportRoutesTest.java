package dev.explorador.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.testing.ExplorerHttp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The download routes of the API: content type, file name, body, and 400 for a format that does not exist. */
class ExportRoutesTest {
    private static ExplorerHttp http;

    @BeforeAll
    static void start() {
        http = ExplorerHttp.start();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    static HttpResponse<byte[]> get(String path) throws Exception {
        return http.getBytes(path);
    }

    private static void assertDownload(HttpResponse<byte[]> response, String type, String fileName) {
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(type),
                response.headers().firstValue("Content-Type").orElse(""));
        String disposition = response.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.contains("filename=\"" + fileName + "\""), disposition);
    }

    @Test
    void summaryInEachFormat() throws Exception {
        var md = get("/api/export/resumen?format=md");
        assertDownload(md, "text/markdown", "resumen-genai-databricks.md");
        assertTrue(new String(md.body(), StandardCharsets.UTF_8).startsWith("# Resumen de estudio"));
        var html = get("/api/export/resumen?format=html");
        assertDownload(html, "text/html", "resumen-genai-databricks.html");
        assertTrue(html.headers().firstValue("Content-Security-Policy").orElse("").contains("style-src 'unsafe-inline'"));
        var pdf = get("/api/export/resumen?format=pdf");
        assertDownload(pdf, "application/pdf", "resumen-genai-databricks.pdf");
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        assertEquals(400, get("/api/export/resumen?format=docx").statusCode());
    }

    @Test
    void theSummaryAndTheDecksForTheCourseOrTheWholeCertification() throws Exception {
        String course = new String(get("/api/export/resumen?format=md&alcance=curso").body(), StandardCharsets.UTF_8);
        var wholeResponse = get("/api/export/resumen?format=md&alcance=certificacion");
        assertDownload(wholeResponse, "text/markdown", "resumen-genai-databricks-certificacion.md");
        String whole = new String(wholeResponse.body(), StandardCharsets.UTF_8);
        assertEquals(new String(get("/api/export/resumen?format=md").body(), StandardCharsets.UTF_8), course, "the course is the default");
        assertTrue(course.contains("\n## 6. ") && !course.contains("\n## 7. "));
        assertTrue(whole.contains("\n## 7. ") && whole.contains("\n## 10. "));
        assertTrue(whole.contains(StudyGuide.CERTIFICATION_TITLE));
        var html = get("/api/export/resumen?format=html&alcance=certificacion");
        assertDownload(html, "text/html", "resumen-genai-databricks-certificacion.html");
        // Anki: the certification deck has the new modules' concepts too (two notes per concept, plus the questions).
        int questions = Exports.questions().size();
        long courseNotes = AnkiDeckTest.parse(new String(get("/api/export/anki").body(), StandardCharsets.UTF_8)).rows().size();
        var wholeAnki = get("/api/export/anki?alcance=certificacion");
        assertDownload(wholeAnki, "text/plain", "explorador-genai-anki-certificacion.txt");
        long wholeNotes = AnkiDeckTest.parse(new String(wholeAnki.body(), StandardCharsets.UTF_8)).rows().size();
        assertEquals(2L * Exports.concepts().size() + questions, wholeNotes);
        assertTrue(courseNotes < wholeNotes);
        assertDownload(get("/api/export/obsidian?alcance=certificacion"), "application/zip", "explorador-genai-obsidian-certificacion.zip");
        assertEquals(400, get("/api/export/resumen?alcance=todo").statusCode());
        assertEquals(400, get("/api/export/anki?alcance=examen").statusCode());
    }

    @Test
    void mindMapsAnkiObsidianAndRdf() throws Exception {
        var mm = get("/api/export/mindmap/model-serving?format=mm&depth=1");
        assertDownload(mm, "application/x-freemind", "mapa-model-serving.mm");
        assertEquals(Exports.explorer().mindMap("model-serving", 1, java.util.List.of()).size(),
                MindMapExportTest.xml(new String(mm.body(), StandardCharsets.UTF_8)).getElementsByTagName("node").getLength());
        assertDownload(get("/api/export/mindmap/curso?format=opml"), "text/x-opml", "mapa-curso.opml");
        assertDownload(get("/api/export/mindmap/pyfunc?format=dot"), "text/vnd.graphviz", "mapa-pyfunc.dot");
        assertEquals(400, get("/api/export/mindmap/pyfunc?format=png").statusCode());
        assertEquals(400, get("/api/export/mindmap/pyfunc?depth=9").statusCode());
        assertEquals(404, get("/api/export/mindmap/piyfunc").statusCode());
        var anki = get("/api/export/anki");
        assertDownload(anki, "text/plain", "explorador-genai-anki.txt");
        assertTrue(new String(anki.body(), StandardCharsets.UTF_8).startsWith("#separator:tab"));
        var zip = get("/api/export/obsidian");
        assertDownload(zip, "application/zip", "explorador-genai-obsidian.zip");
        assertEquals('P', zip.body()[0]);
        var jsonld = get("/api/export/rdf?format=jsonld");
        assertDownload(jsonld, "application/ld+json", "explorador-genai.jsonld");
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(new String(jsonld.body(), StandardCharsets.UTF_8), Lang.JSONLD).parse(model);
        assertEquals(RdfDump.model(Exports.explorer()).size(), model.size());
        var owl = get("/api/export/rdf?format=owl");
        assertDownload(owl, "application/rdf+xml", "explorador-genai.rdf");
        assertEquals(406, get("/api/export/rdf?format=xmind").statusCode(), "a syntax Jena does not write");
    }
}

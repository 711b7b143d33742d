package dev.explorador.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.cli.CliRunner;
import dev.explorador.course.Scope;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export verbs, run in-process: standard output by default, {@code -o FILE} when asked, exit code 2 on a bad format. */
class ExportCliTest {
    @Test
    void mindmapWritesEachFormatToStandardOutput() throws Exception {
        CliRunner.Run mm = CliRunner.run("mindmap", "model-serving", "--depth", "1", "--format", "mm");
        assertEquals(0, mm.code(), mm.err());
        assertEquals(Exports.explorer().mindMap("model-serving", 1, java.util.List.of()).size(),
                MindMapExportTest.xml(mm.out()).getElementsByTagName("node").getLength());
        CliRunner.Run mermaid = CliRunner.run("mindmap", "inference table", "--format", "mermaid");
        assertTrue(mermaid.out().startsWith("mindmap\n"), mermaid.out());
        CliRunner.Run dot = CliRunner.run("mindmap", "pyfunc", "--format", "dot", "-d", "1");
        assertTrue(dot.out().startsWith("digraph mapa {"), dot.out());
        CliRunner.Run md = CliRunner.run("mindmap", "model-serving", "--profundidad", "1");
        assertTrue(md.out().startsWith("# "), "Markdown stays the default");
    }

    @Test
    void wholeCourseMapWithCurso(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("curso.opml");
        CliRunner.Run run = CliRunner.run("mindmap", "--curso", "--format", "opml", "-o", file.toString());
        assertEquals(0, run.code(), run.err());
        var outlines = MindMapExportTest.xml(Files.readString(file)).getElementsByTagName("outline");
        assertEquals(CourseMindMap.build(Exports.course().outline()).size(), outlines.getLength());
        CliRunner.Run both = CliRunner.run("mindmap", "pyfunc", "--curso");
        assertEquals(2, both.code());
        CliRunner.Run bad = CliRunner.run("mindmap", "pyfunc", "--format", "xmind");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("md, mm, opml, mermaid, dot"), bad.err());
    }

    @Test
    void exportVerbsWriteFilesAndFolders(@TempDir Path folder) throws Exception {
        CliRunner.Run md = CliRunner.run("export", "resumen");
        assertEquals(0, md.code(), md.err());
        assertTrue(md.out().startsWith("# Resumen de estudio"));
        Path anki = folder.resolve("anki.txt");
        assertEquals(0, CliRunner.run("export", "anki", "-o", anki.toString()).code());
        assertTrue(Files.readString(anki).startsWith("#separator:tab\n"));
        Path vault = folder.resolve("boveda");
        CliRunner.Run obsidian = CliRunner.run("export", "obsidian", vault.toString());
        assertEquals(0, obsidian.code(), obsidian.err());
        try (var files = Files.list(vault)) {
            assertEquals(Exports.course().summary(Scope.CURSO).stream().flatMap(m -> m.topics().stream()).mapToLong(t -> t.cards().size()).sum() + 1, files.count(), "the course's concepts and the index");
        }
        // The whole certification: modules 7–10 after the course's six.
        CliRunner.Run whole = CliRunner.run("export", "resumen", "--alcance", "certificacion");
        assertEquals(0, whole.code(), whole.err());
        assertTrue(whole.out().contains("\n## 7. ") && whole.out().contains("\n## 10. "), "modules 7 to 10");
        assertTrue(md.out().contains("\n## 6. ") && !md.out().contains("\n## 7. "), "the course alone by default");
        assertTrue(whole.out().length() > md.out().length());
        CliRunner.Run wrongScope = CliRunner.run("export", "resumen", "--alcance", "todo");
        assertEquals(2, wrongScope.code());
        assertTrue(wrongScope.err().contains("«alcance» debe ser «curso»"), wrongScope.err());
        CliRunner.Run nt = CliRunner.run("export", "rdf", "--format", "nt");
        assertEquals(0, nt.code(), nt.err());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(nt.out(), Lang.NTRIPLES).parse(model);
        assertTrue(model.size() > 1000);
        CliRunner.Run bad = CliRunner.run("export", "resumen", "--format", "docx");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("md, html, pdf"), bad.err());
    }
}

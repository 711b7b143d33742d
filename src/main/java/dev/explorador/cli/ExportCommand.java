package dev.explorador.cli;

import dev.explorador.course.CourseService;
import dev.explorador.course.Scope;
import dev.explorador.export.AnkiDeck;
import dev.explorador.export.ObsidianVault;
import dev.explorador.export.RdfDump;
import dev.explorador.export.StudyGuide;
import dev.explorador.export.SummaryFormat;
import dev.explorador.query.Explorer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export resumen|anki|obsidian|rdf}: the course in the files people study with. */
@Command(name = "export", description = "Exporta el curso: resumen (md, html, pdf), tarjetas Anki, notas de Obsidian o el grafo RDF.",
        subcommands = {ExportCommand.Resumen.class, ExportCommand.Anki.class, ExportCommand.Obsidian.class, ExportCommand.Rdf.class})
final class ExportCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Which scope: the course alone (modules 1–6) or the whole certification (modules 1–10). */
    static final class ScopeOption {
        @Option(names = {"--alcance", "--scope"}, defaultValue = "curso", paramLabel = "ALCANCE",
                description = "curso (por defecto: los módulos 1–6, el curso) o certificacion (módulos 1–10: también el resto del examen).")
        String value;

        Scope scope() {
            return Scope.parse(value);
        }
    }

    /** Where a file goes: {@code -o FILE}, or standard output. */
    static final class Output {
        @Option(names = {"-o", "--output", "--salida"}, paramLabel = "ARCHIVO", description = "Escribe en este archivo (por defecto, la salida estándar).")
        Path file;

        void write(CommandSpec spec, byte[] bytes, boolean binary) throws IOException {
            if (file != null) {
                if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
                Files.write(file, bytes);
                spec.commandLine().getErr().println("Escrito " + file + " (" + bytes.length + " bytes)");
            } else if (binary) {
                // Binary bytes bypass the (character) writer; redirect them to a file: ... > resumen.pdf
                PrintStream out = System.out;
                out.write(bytes);
                out.flush();
            } else {
                PrintWriter out = spec.commandLine().getOut();
                out.print(new String(bytes, StandardCharsets.UTF_8));
                out.flush();
            }
        }
    }

    @Command(name = "resumen", description = "El resumen de estudio en el orden del curso (md, html o pdf), en tres ediciones: completo, esencial o chuleta; --alcance certificacion añade el resto del examen.")
    static final class Resumen implements Callable<Integer> {
        @Mixin GraphOptions graph;
        @Mixin Output output;
        @Mixin ScopeOption scope;
        @Spec CommandSpec spec;

        @Option(names = {"--format", "--formato"}, defaultValue = "md", paramLabel = "FORMATO", description = "md (por defecto), html o pdf.")
        String format;

        @Option(names = {"-e", "--edicion", "--edición", "--edition"}, defaultValue = "completo", paramLabel = "EDICIÓN",
                description = "completo (por defecto: todas las fichas, con sus ideas, diagramas y tablas), esencial (ideas, tablas,"
                        + " diagramas y una línea por concepto con su consejo de examen; como mucho 30 páginas) o chuleta (tablas de"
                        + " comparación y distinciones más preguntadas; como mucho 4 páginas).")
        String edition;

        @Override
        public Integer call() throws IOException {
            SummaryFormat chosen = SummaryFormat.parse(format);
            dev.explorador.export.Edition chosenEdition = dev.explorador.export.Edition.parse(edition);
            Scope chosenScope = scope.scope();
            try (Explorer explorer = new Explorer(graph.openStore())) {
                output.write(spec, chosen.render(StudyGuide.build(explorer, chosenScope), chosenEdition), chosen == SummaryFormat.pdf);
            }
            return 0;
        }
    }

    @Command(name = "anki", description = "Tarjetas para Anki (texto separado por tabuladores, con GUID estable): Archivo → Importar.")
    static final class Anki implements Callable<Integer> {
        @Mixin GraphOptions graph;
        @Mixin Output output;
        @Mixin ScopeOption scope;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Scope chosenScope = scope.scope();
            try (Explorer explorer = new Explorer(graph.openStore())) {
                CourseService course = new CourseService(explorer);
                String deck = AnkiDeck.render(course.summary(chosenScope), course.questions(null, null));
                output.write(spec, deck.getBytes(StandardCharsets.UTF_8), false);
            }
            return 0;
        }
    }

    @Command(name = "obsidian", description = "Una nota Markdown por concepto, con [[enlaces]] por relación: abre la carpeta como bóveda de Obsidian o grafo de Logseq.")
    static final class Obsidian implements Callable<Integer> {
        @Mixin GraphOptions graph;
        @Mixin ScopeOption scope;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "CARPETA", description = "Carpeta donde escribir las notas (se crea si no existe).")
        Path folder;

        @Override
        public Integer call() throws IOException {
            Scope chosenScope = scope.scope();
            try (Explorer explorer = new Explorer(graph.openStore())) {
                var summary = new CourseService(explorer).summary(chosenScope);
                ObsidianVault.write(summary, folder);
                spec.commandLine().getOut().println("Escritas " + ObsidianVault.notes(summary).size() + " notas en " + folder);
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "rdf", description = "El grafo completo (vocabulario y formas SHACL incluidos) en ttl, jsonld, nt o rdfxml.")
    static final class Rdf implements Callable<Integer> {
        @Mixin GraphOptions graph;
        @Mixin Output output;
        @Spec CommandSpec spec;

        @Option(names = {"--format", "--formato"}, defaultValue = "ttl", paramLabel = "FORMATO", description = "ttl (por defecto), jsonld, nt o rdfxml.")
        String format;

        @Override
        public Integer call() throws IOException {
            RdfDump.Format chosen = RdfDump.Format.parse(format);
            try (Explorer explorer = new Explorer(graph.openStore())) {
                output.write(spec, RdfDump.render(explorer, chosen), false);
            }
            return 0;
        }
    }
}

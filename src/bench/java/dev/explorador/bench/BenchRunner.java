package dev.explorador.bench;

import dev.explorador.http.ExplorerServer;
import dev.explorador.http.ServerSettings;
import dev.explorador.query.ConceptRef;
import dev.explorador.query.Explorer;
import dev.explorador.query.SparqlQueries;
import dev.explorador.sparql.SparqlLimits;
import dev.explorador.store.DatasetStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Two separate reports, never mixed into ratios:
 * <ul>
 * <li>in-process latency of the explorer's operations on the memory store and on TDB2 (method calls, no network);</li>
 * <li>HTTP on 127.0.0.1, the explorer's server against an Apache Jena Fuseki holding the same data, asked the same
 * questions by the same load client (wrk when installed, otherwise one keep-alive Java client), one after the other.</li>
 * </ul>
 */
public final class BenchRunner {
    /** Operations measured in process, in report order. */
    static final List<String> OPERATIONS = List.of("buscar", "ficha", "relacionados 1", "relacionados 2", "camino ≤6", "mapa 3");
    private static final String JSON = "application/json";
    private static final String SPARQL_JSON = "application/sparql-results+json";

    private final Model course;
    private final PrintWriter out;
    private final int samples;
    private final double httpSeconds;
    private final int[] connections;

    public BenchRunner(Model course, PrintWriter out, int samples, double httpSeconds, int[] connections) {
        this.course = course;
        this.out = out;
        this.samples = samples;
        this.httpSeconds = httpSeconds;
        this.connections = connections;
    }

    public void run(List<Long> sizes) throws Exception {
        out.printf("## Dentro del proceso: latencia por operación (ms, p50 / p99 sobre %d conceptos al azar)%n%n", samples);
        out.println("Llamadas a métodos del explorador, sin red; no se comparan con las cifras HTTP.");
        out.println();
        out.println("| Grafo | Tripletas | Almacén | Carga (s) | " + String.join(" | ", OPERATIONS) + " |");
        out.println("|---|---:|---|---:|" + "---:|".repeat(OPERATIONS.size()));
        out.flush();
        List<String> httpRows = new ArrayList<>();
        List<String> loads = new ArrayList<>();
        SyntheticGraph generator = new SyntheticGraph(course);
        for (Long size : sizes) {
            Model model = size == 0 ? course : generator.generate(size, size);
            String name = size == 0 ? "curso real" : "sintético " + human(size);
            benchOneSize(name, model, httpRows, loads);
        }
        out.println();
        out.println("## HTTP en 127.0.0.1: el explorador frente a Fuseki, mismas preguntas, mismo cliente");
        out.println();
        out.println("Carga generada con " + (WrkLoad.available() ? "wrk" : "un cliente Java con conexiones keep-alive (el mismo para los dos servidores; comparte los núcleos con ellos)")
                + "; " + httpSeconds + " s por medida, tras un calentamiento. Fuseki: datos en memoria, registro de peticiones apagado, "
                + "búsqueda con un índice de texto Lucene (jena-text). Las consultas SPARQL piden `" + SPARQL_JSON + "`.");
        out.println();
        loads.forEach(out::println);
        out.println();
        out.println("| Grafo | Pregunta | Servidor y ruta | Conexiones | Peticiones/s | p50 (ms) | p99 (ms) | Errores |");
        out.println("|---|---|---|---:|---:|---:|---:|---:|");
        httpRows.forEach(out::println);
        out.flush();
    }

    private void benchOneSize(String name, Model model, List<String> httpRows, List<String> loads) throws Exception {
        long triples = model.size();
        Dataset memory = DatasetFactory.createTxnMem();
        long t0 = System.nanoTime();
        Txn.executeWrite(memory, () -> memory.getDefaultModel().add(model));
        Explorer onMemory = new Explorer(new DatasetStore(memory, "memoria", memory::close));
        double memoryLoad = (System.nanoTime() - t0) / 1e9;

        Path tdbFolder = Files.createTempDirectory("explorador-bench-tdb2-");
        long t1 = System.nanoTime();
        Dataset tdb = TDB2Factory.connectDataset(tdbFolder.toString());
        Txn.executeWrite(tdb, () -> tdb.getDefaultModel().add(model));
        Explorer onTdb = new Explorer(new DatasetStore(tdb, "tdb2", () -> TDBInternal.expel(tdb.asDatasetGraph())));
        double tdbLoad = (System.nanoTime() - t1) / 1e9;
        try {
            Workload work = new Workload(onMemory, samples, triples);
            row(name, triples, "memoria", memoryLoad, measure(onMemory, work));
            row(name, triples, "TDB2", tdbLoad, measure(onTdb, work));
            onTdb.close();
            try (FusekiBaseline fuseki = new FusekiBaseline(model)) {
                loads.add(String.format("- %s (%d tripletas): explorador listo en %.1f s; Fuseki con su índice de texto en %.1f s.",
                        name, triples, memoryLoad, fuseki.loadSeconds()));
                httpRows.addAll(http(name, onMemory, work, fuseki));
            }
        } finally {
            onMemory.close();
            onTdb.close();
            deleteTree(tdbFolder);
        }
    }

    private Map<String, Latencies> measure(Explorer explorer, Workload work) {
        Map<String, Latencies> result = new LinkedHashMap<>();
        result.put("buscar", work.each(i -> explorer.search(work.searchText(i), 10)));
        result.put("ficha", work.each(i -> explorer.card(work.concept(i).slug())));
        result.put("relacionados 1", work.each(i -> explorer.related(work.concept(i).slug(), 1, List.of())));
        result.put("relacionados 2", work.each(i -> explorer.related(work.concept(i).slug(), 2, List.of())));
        result.put("camino ≤6", work.each(i -> explorer.path(work.concept(i).slug(), work.other(i).slug(), 6, 1, List.of())));
        result.put("mapa 3", work.each(i -> explorer.mindMap(work.concept(i).slug(), 3, List.of())));
        return result;
    }

    private void row(String name, long triples, String store, double load, Map<String, Latencies> ours) {
        StringBuilder line = new StringBuilder("| " + name + " | " + triples + " | " + store + " | " + String.format("%.1f", load) + " |");
        for (String op : OPERATIONS) {
            Latencies l = ours.get(op);
            line.append(String.format(" %.2f / %.2f", l.p50(), l.p99()));
            if (l.size() < samples) line.append(" n=").append(l.size());
            line.append(" |");
        }
        out.println(line);
        out.flush();
    }

    /** One question asked of one server: its base address, a random path on it and the media type asked for. */
    private record Route(String question, String label, String base, Function<Random, String> path, String accept) {}

    private List<String> http(String name, Explorer explorer, Workload work, FusekiBaseline fuseki) throws Exception {
        List<String> rows = new ArrayList<>();
        boolean wrk = WrkLoad.available();
        // As `serve` does at start (and as Fuseki gets its text index before it is measured): on 1M triples the index
        // takes longer than a measure, which otherwise timed the first searches waiting for it (0 answers, NaN).
        explorer.prepareTextSearch();
        try (ExplorerServer server = ExplorerServer.start(explorer,
                new ServerSettings("127.0.0.1", 0, null, new SparqlLimits(10_000, 10_000, 64)))) {
            String ours = "http://127.0.0.1:" + server.port();
            String theirs = fuseki.base();
            String theirSparql = fuseki.sparqlPath() + "?query=";
            Function<Random, String> neighbours = r -> encode(SparqlQueries.withValues("neighbours", "from",
                    List.of(work.concept(r.nextInt(work.size())).iri())).toString());
            Function<Random, String> select = r -> encode(Workload.typicalSelect(work.concept(r.nextInt(work.size())).iri()));
            List<Route> routes = List.of(
                    new Route("buscar", "explorador /api/search", ours, r -> "/api/search?q=" + encode(work.searchText(r.nextInt(work.size()))), JSON),
                    new Route("buscar", "Fuseki /sparql (text:query, Lucene)", theirs,
                            r -> theirSparql + encode(FusekiBaseline.searchQuery(work.searchText(r.nextInt(work.size())))), SPARQL_JSON),
                    new Route("relacionados 1", "explorador /api/related", ours, r -> "/api/related/" + work.concept(r.nextInt(work.size())).slug(), JSON),
                    new Route("relacionados 1", "explorador /sparql (neighbours.rq)", ours, r -> "/sparql?query=" + neighbours.apply(r), SPARQL_JSON),
                    new Route("relacionados 1", "Fuseki /sparql (neighbours.rq)", theirs, r -> theirSparql + neighbours.apply(r), SPARQL_JSON),
                    new Route("SELECT de un concepto", "explorador /sparql", ours, r -> "/sparql?query=" + select.apply(r), SPARQL_JSON),
                    new Route("SELECT de un concepto", "Fuseki /sparql", theirs, r -> theirSparql + select.apply(r), SPARQL_JSON));
            for (Route route : routes) {
                load(route, 4, Math.min(1.0, httpSeconds), wrk); // warm-up, not reported
                for (int c : connections) {
                    HttpLoad.Result r = load(route, c, httpSeconds, wrk);
                    rows.add(String.format("| %s | %s | %s | %d | %.0f | %.2f | %.2f | %d |", name, route.question(), route.label(), c,
                            r.perSecond(), r.p50(), r.p99(), r.errors()));
                }
            }
        }
        return rows;
    }

    private static HttpLoad.Result load(Route route, int connections, double seconds, boolean wrk) throws Exception {
        if (!wrk) return HttpLoad.run(r -> route.base() + route.path().apply(r), route.accept(), connections, seconds);
        Random random = new Random(connections);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 500; i++) paths.add(route.path().apply(random));
        return WrkLoad.run(route.base(), paths, route.accept(), connections, seconds);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String human(long size) {
        return size >= 1_000_000 ? size / 1_000_000 + "M" : size >= 1_000 ? size / 1_000 + "k" : String.valueOf(size);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The random concepts, pairs and search texts every store is asked about, the same for all. */
    static final class Workload {
        private final List<ConceptRef> concepts;
        private final List<ConceptRef> others;
        private final List<String> texts;

        Workload(Explorer explorer, int samples, long seed) {
            List<ConceptRef> all = new ArrayList<>(explorer.snapshot().concepts());
            Random random = new Random(seed);
            concepts = new ArrayList<>();
            others = new ArrayList<>();
            texts = new ArrayList<>();
            for (int i = 0; i < samples; i++) {
                ConceptRef c = all.get(random.nextInt(all.size()));
                concepts.add(c);
                others.add(all.get(random.nextInt(all.size())));
                texts.add(searchText(c.label(), random));
            }
        }

        /** What a person would type: a prefix of the name, sometimes with two letters swapped. */
        private static String searchText(String label, Random random) {
            String text = label.length() > 12 ? label.substring(0, 8 + random.nextInt(5)) : label;
            if (random.nextInt(3) == 0 && text.length() > 5) {
                char[] chars = text.toCharArray();
                int i = 1 + random.nextInt(text.length() - 3);
                char swap = chars[i];
                chars[i] = chars[i + 1];
                chars[i + 1] = swap;
                text = new String(chars);
            }
            return text;
        }

        static String typicalSelect(String iri) {
            return "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?label ?definition WHERE { <" + iri
                    + "> skos:prefLabel ?label ; skos:definition ?definition }";
        }

        int size() {
            return concepts.size();
        }

        ConceptRef concept(int i) {
            return concepts.get(i);
        }

        ConceptRef other(int i) {
            return others.get(i);
        }

        String searchText(int i) {
            return texts.get(i);
        }

        /**
         * Times the task on each sample, within a budget: a slow baseline (level-by-level paths over HTTP on a
         * million triples take seconds each) stops after {@link #BUDGET_NANOS} with at least 5 samples taken.
         */
        Latencies each(java.util.function.IntConsumer task) {
            task.accept(0); // warm the code path once before timing
            Latencies latencies = new Latencies(concepts.size());
            long deadline = System.nanoTime() + BUDGET_NANOS;
            for (int i = 0; i < concepts.size() && (i < 5 || System.nanoTime() < deadline); i++) {
                long start = System.nanoTime();
                task.accept(i);
                latencies.add(System.nanoTime() - start);
            }
            return latencies;
        }

        private static final long BUDGET_NANOS = 30_000_000_000L;
    }
}

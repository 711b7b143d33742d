package dev.explorador.bench;

import dev.explorador.http.ExplorerServer;
import dev.explorador.http.ServerSettings;
import dev.explorador.query.ConceptRef;
import dev.explorador.query.Explorer;
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
 * Measures the explorer on graphs of growing size, on the memory store and on TDB2, against a Fuseki
 * baseline holding the same data, and the HTTP server under load. Prints Markdown tables as it goes.
 */
public final class BenchRunner {
    /** Operations measured, in report order. */
    static final List<String> OPERATIONS = List.of("buscar", "ficha", "relacionados 1", "relacionados 2", "camino ≤6", "mapa 3");

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
        out.printf("## Latencia por operación (ms, p50 / p99 sobre %d conceptos al azar)%n%n", samples);
        out.println("| Grafo | Tripletas | Almacén | Carga (s) | " + String.join(" | ", OPERATIONS) + " |");
        out.println("|---|---:|---|---:|" + "---:|".repeat(OPERATIONS.size()));
        out.flush();
        List<String> httpRows = new ArrayList<>();
        SyntheticGraph generator = new SyntheticGraph(course);
        for (Long size : sizes) {
            Model model = size == 0 ? course : generator.generate(size, size);
            String name = size == 0 ? "curso real" : "sintético " + human(size);
            benchOneSize(name, model, httpRows);
        }
        out.println();
        out.println("## HTTP en 127.0.0.1 (almacén en memoria; " + httpSeconds + " s por medida; carga generada con "
                + (WrkLoad.available() ? "wrk" : "un generador Java propio") + ")");
        out.println();
        out.println("| Grafo | Ruta | Conexiones | Peticiones/s | p50 (ms) | p99 (ms) | Errores |");
        out.println("|---|---|---:|---:|---:|---:|---:|");
        httpRows.forEach(out::println);
        out.flush();
    }

    private void benchOneSize(String name, Model model, List<String> httpRows) throws Exception {
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

        long t2 = System.nanoTime();
        try (FusekiBaseline fuseki = new FusekiBaseline(model, onMemory.snapshot().relations())) {
            double fusekiLoad = (System.nanoTime() - t2) / 1e9;
            Workload work = new Workload(onMemory, samples, triples);
            Map<String, Latencies> mem = measure(onMemory, work);
            Map<String, Latencies> disk = measure(onTdb, work);
            Map<String, Latencies> base = measureBaseline(fuseki, work);
            row(name, triples, "memoria", memoryLoad, mem, base);
            row(name, triples, "TDB2", tdbLoad, disk, base);
            row(name, triples, "Fuseki (SPARQL puro)", fusekiLoad, base, null);
            httpRows.addAll(http(name, onMemory, work, fuseki.endpoint()));
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

    private Map<String, Latencies> measureBaseline(FusekiBaseline fuseki, Workload work) {
        Map<String, Latencies> result = new LinkedHashMap<>();
        result.put("buscar", work.each(i -> fuseki.search(work.searchText(i))));
        result.put("ficha", work.each(i -> fuseki.card(work.concept(i).iri())));
        result.put("relacionados 1", work.each(i -> fuseki.related1(work.concept(i).iri())));
        result.put("relacionados 2", work.each(i -> fuseki.related2(work.concept(i).iri())));
        result.put("camino ≤6", work.each(i -> fuseki.path(work.concept(i).iri(), work.other(i).iri(), 6)));
        result.put("mapa 3", work.each(i -> fuseki.mindMap(work.concept(i).iri(), 3)));
        return result;
    }

    private void row(String name, long triples, String store, double load, Map<String, Latencies> ours, Map<String, Latencies> baseline) {
        StringBuilder line = new StringBuilder("| " + name + " | " + triples + " | " + store + " | " + String.format("%.1f", load) + " |");
        for (String op : OPERATIONS) {
            Latencies l = ours.get(op);
            line.append(String.format(" %.2f / %.2f", l.p50(), l.p99()));
            if (l.size() < samples) line.append(" n=").append(l.size());
            if (baseline != null) line.append(String.format(" (×%.1f)", baseline.get(op).p50() / Math.max(0.001, l.p50())));
            line.append(" |");
        }
        out.println(line);
        out.flush();
    }

    /** One HTTP route under load: the server's base address and a random path on it. */
    private record Route(String label, String base, Function<Random, String> path) {}

    private List<String> http(String name, Explorer explorer, Workload work, String fusekiEndpoint) throws Exception {
        List<String> rows = new ArrayList<>();
        boolean wrk = WrkLoad.available();
        try (ExplorerServer server = ExplorerServer.start(explorer,
                new ServerSettings("127.0.0.1", 0, null, new SparqlLimits(10_000, 10_000, 64)))) {
            String base = "http://127.0.0.1:" + server.port();
            String fusekiBase = fusekiEndpoint.substring(0, fusekiEndpoint.indexOf('/', "http://".length()));
            String fusekiPath = fusekiEndpoint.substring(fusekiBase.length());
            List<Route> routes = List.of(
                    new Route("/api/related", base, r -> "/api/related/" + work.concept(r.nextInt(work.size())).slug()),
                    new Route("/api/search", base, r -> "/api/search?q=" + encode(work.searchText(r.nextInt(work.size())))),
                    new Route("/sparql (SELECT)", base, r -> "/sparql?query=" + encode(Workload.typicalSelect(work.concept(r.nextInt(work.size())).iri()))),
                    new Route("Fuseki /sparql (misma SELECT)", fusekiBase, r -> fusekiPath + "?query=" + encode(Workload.typicalSelect(work.concept(r.nextInt(work.size())).iri()))));
            for (Route route : routes) {
                load(route, 4, Math.min(1.0, httpSeconds), wrk); // warm-up, not reported
                for (int c : connections) {
                    HttpLoad.Result r = load(route, c, httpSeconds, wrk);
                    rows.add(String.format("| %s | %s | %d | %.0f | %.2f | %.2f | %d |", name, route.label(), c,
                            r.perSecond(), r.p50(), r.p99(), r.errors()));
                }
            }
        }
        return rows;
    }

    private static HttpLoad.Result load(Route route, int connections, double seconds, boolean wrk) throws Exception {
        if (!wrk) return HttpLoad.run(r -> route.base() + route.path().apply(r), connections, seconds);
        Random random = new Random(connections);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 500; i++) paths.add(route.path().apply(random));
        return WrkLoad.run(route.base(), paths, connections, seconds);
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

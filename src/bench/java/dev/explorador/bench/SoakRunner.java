package dev.explorador.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.explorador.http.ExplorerServer;
import dev.explorador.http.ServerSettings;
import dev.explorador.query.ConceptRef;
import dev.explorador.query.Explorer;
import dev.explorador.sparql.SparqlLimits;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A long run of mixed traffic at moderate load against a real server on 127.0.0.1. Every answer is checked
 * against what the explorer computes in-process; the heap after a full GC is sampled every interval, so a
 * leak shows as a rising column. Bounded in time; stops by itself.
 */
public final class SoakRunner {
    private final Explorer explorer;
    private final PrintWriter out;
    private final ObjectMapper json = new ObjectMapper();

    public SoakRunner(Explorer explorer, PrintWriter out) {
        this.explorer = explorer;
        this.out = out;
    }

    /** @return true when every answer was right and the heap ended within 10 % (or 16 MiB) of where it started */
    public boolean run(double minutes, int connections, int pauseMillis, int samples) throws InterruptedException {
        List<ConceptRef> concepts = new ArrayList<>(explorer.snapshot().concepts());
        AtomicLong requests = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        long deadline = System.nanoTime() + (long) (minutes * 60e9);
        try (ExplorerServer server = ExplorerServer.start(explorer, new ServerSettings("127.0.0.1", 0, null, SparqlLimits.defaults()))) {
            String base = "http://127.0.0.1:" + server.port();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < connections; t++) {
                Random random = new Random(t);
                threads.add(new Thread(() -> traffic(base, concepts, random, deadline, pauseMillis, requests, wrong)));
            }
            threads.forEach(Thread::start);
            out.println("| Minuto | Peticiones | Respuestas incorrectas | Heap tras GC (MiB) |");
            out.println("|---:|---:|---:|---:|");
            List<Long> heap = new ArrayList<>();
            double interval = minutes * 60_000 / samples;
            for (int s = 1; s <= samples; s++) {
                Thread.sleep((long) interval);
                heap.add(usedAfterGc());
                out.printf("| %.1f | %d | %d | %d |%n", s * interval / 60_000, requests.get(), wrong.get(), heap.get(heap.size() - 1));
                out.flush();
            }
            for (Thread thread : threads) thread.join();
            long first = heap.get(Math.min(1, heap.size() - 1)); // the second sample: after warm-up
            long last = heap.get(heap.size() - 1);
            boolean flat = last <= Math.max(first * 1.10, first + 16);
            out.printf("%nTotal: %d peticiones, %d incorrectas; heap %d → %d MiB: %s.%n", requests.get(), wrong.get(), first, last,
                    flat ? "estable" : "CRECE");
            return wrong.get() == 0 && flat;
        }
    }

    private void traffic(String base, List<ConceptRef> concepts, Random random, long deadline, int pauseMillis,
                         AtomicLong requests, AtomicLong wrong) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            ConceptRef concept = concepts.get(random.nextInt(concepts.size()));
            try {
                if (!checked(client, base, concept, random.nextInt(4))) wrong.incrementAndGet();
            } catch (Exception e) {
                wrong.incrementAndGet();
            }
            requests.incrementAndGet();
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One request of a random kind, and whether its answer matches the explorer's own. */
    private boolean checked(HttpClient client, String base, ConceptRef concept, int kind) throws Exception {
        return switch (kind) {
            case 0 -> {
                JsonNode body = get(client, base + "/api/related/" + concept.slug() + "?depth=2");
                yield body.get("entries").size() == explorer.related(concept.slug(), 2, List.of()).entries().size();
            }
            case 1 -> {
                JsonNode body = get(client, base + "/api/search?q=" + encode(concept.label()) + "&limit=5");
                yield body.size() > 0 && body.get(0).get("score").asInt() >= 100;
            }
            case 2 -> {
                JsonNode body = get(client, base + "/api/concepts/" + concept.slug());
                yield concept.slug().equals(body.at("/concept/slug").asText()) && !body.get("definicion").asText().isBlank();
            }
            default -> {
                String query = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?l WHERE { <" + concept.iri()
                        + "> skos:prefLabel ?l }";
                JsonNode body = get(client, base + "/sparql?query=" + encode(query));
                yield body.at("/results/bindings").size() == 2;
            }
        };
    }

    private JsonNode get(HttpClient client, String url) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) throw new IllegalStateException("HTTP " + response.statusCode() + " for " + url);
        return json.readTree(response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed() >> 20;
    }
}

package dev.explorador.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.sparql.SparqlLimits;
import dev.explorador.testing.ExplorerHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The endpoint protects itself: time limit, concurrency cap with Retry-After, CORS and security headers. */
class LimitsTest {
    private static final String HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    /** Backtracks for hours without allocating: it holds its slot until the deadline stops it. */
    private static final String BACKTRACKING =
            "ASK { FILTER(REGEX(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"^((a+)*)*b$\")) }";
    private static final String LIGHT = "SELECT ?s WHERE { ?s a <http://www.w3.org/2004/02/skos/core#Concept> } LIMIT 5";

    @Test
    void aPathologicalQueryIsCutWhileNormalTrafficIsServed() throws Exception {
        try (ExplorerHttp http = ExplorerHttp.start(new SparqlLimits(3_000, 1_000, 4))) {
            CompletableFuture<HttpResponse<String>> heavy = http.client().sendAsync(
                    HttpRequest.newBuilder(http.uri("/sparql?query=" + ExplorerHttp.encode(HEAVY))).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<Integer> statuses = new ArrayList<>();
            long slowest = 0;
            while (!heavy.isDone() && statuses.size() < 200) {
                long start = System.nanoTime();
                statuses.add(http.get("/api/related/inference-table?depth=2", null).statusCode());
                statuses.add(http.get("/api/search?q=tabla", null).statusCode());
                statuses.add(http.get("/sparql?query=" + ExplorerHttp.encode(LIGHT), null).statusCode());
                slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
            }
            assertEquals(503, heavy.get().statusCode(), heavy.get().body());
            assertTrue(statuses.size() >= 3, "normal requests ran while the heavy query did");
            assertTrue(statuses.stream().allMatch(s -> s == 200), "every normal request answered: " + statuses);
            System.out.printf("Consultas normales junto a una patológica: %d respuestas, la tanda más lenta %d ms%n",
                    statuses.size(), slowest);
        }
    }

    @Test
    void beyondTheConcurrencyCapClientsGet503WithRetryAfter() throws Exception {
        try (ExplorerHttp http = ExplorerHttp.start(new SparqlLimits(2_000, 1_000, 1))) {
            assertEquals(200, http.get("/sparql?query=" + ExplorerHttp.encode(LIGHT), null).statusCode(), "graph loaded");
            // On a busy machine a light query may take the only slot before the heavy one: then the heavy one is
            // the query refused, and the attempt starts again. No timing decides the outcome, only the order.
            CompletableFuture<HttpResponse<String>> heavy = null;
            HttpResponse<String> refused = null;
            for (int attempt = 0; attempt < 20 && refused == null; attempt++) {
                heavy = http.client().sendAsync(HttpRequest.newBuilder(http.uri("/sparql?query=" + ExplorerHttp.encode(BACKTRACKING))).build(),
                        HttpResponse.BodyHandlers.ofString());
                while (!heavy.isDone() && refused == null) {
                    var response = http.get("/sparql?query=" + ExplorerHttp.encode(LIGHT), null);
                    if (response.statusCode() == 503) refused = response;
                    else assertEquals(200, response.statusCode(), "the slot was free");
                }
                if (refused == null) heavy.get(); // the heavy query ended first (refused, or cut): try again
            }
            assertTrue(refused != null, "a second query while the only slot is busy is refused");
            assertEquals("2", refused.headers().firstValue("Retry-After").orElse(""));
            assertTrue(refused.body().contains("demasiadas consultas"), refused.body());
            assertEquals(503, heavy.get().statusCode());
            assertEquals(200, http.get("/sparql?query=" + ExplorerHttp.encode(LIGHT), null).statusCode(), "the slot is free again");
        }
    }

    @Test
    void securityHeadersOnEveryAnswerAndNoCorsByDefault() throws Exception {
        try (ExplorerHttp http = ExplorerHttp.start()) {
            var preflight = http.client().send(HttpRequest.newBuilder(http.uri("/sparql"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "http://example.org").header("Access-Control-Request-Method", "POST").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, preflight.statusCode(), "a foreign origin is refused");
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            for (String path : new String[] {"/", "/api/stats", "/api/nope", "/api/concepts/nope"}) {
                var page = http.get(path, null);
                assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path);
                assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""), path);
                assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""), path);
                assertTrue(page.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), path);
            }
        }
    }

    @Test
    void aHugeRequestIsRefusedWithA4xx() throws Exception {
        try (ExplorerHttp http = ExplorerHttp.start()) {
            String big = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(200_000);
            var response = http.post("/sparql", "application/sparql-query", big, null);
            assertEquals(413, response.statusCode());
        }
    }
}

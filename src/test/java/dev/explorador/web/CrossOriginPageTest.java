package dev.explorador.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A page from another origin, opened in real Chromium, tries what the hostile review did: read the API, and make
 * the explorer fetch an internal URL through SERVICE and read the answer. Neither works, and nothing is fetched.
 */
class CrossOriginPageTest {
    @Test
    void aPageFromAnotherOriginReadsNothingThroughTheExplorer() throws Exception {
        AtomicInteger internalHits = new AtomicInteger();
        HttpServer internal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        internal.createContext("/", exchange -> {
            internalHits.incrementAndGet();
            reply(exchange, "text/plain", "root:x:0:0:SECRETO");
        });
        internal.start();
        HttpServer attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        try (BrowserSession browser = new BrowserSession()) {
            String secret = "http://127.0.0.1:" + internal.getAddress().getPort() + "/secret";
            String page = """
                    <!doctype html><meta charset="utf-8"><title>otra web</title><body><script>
                    const explorer = '%s';
                    async function attempt(name, request) {
                      try { const r = await request(); return name + ':leído:' + r.status + ':' + (await r.text()); }
                      catch (e) { return name + ':bloqueado'; }
                    }
                    (async () => {
                      const form = 'query=' + encodeURIComponent('SELECT * WHERE { SERVICE <%s> { ?s ?p ?o } }');
                      const results = [
                        await attempt('api', () => fetch(explorer + '/api/stats')),
                        await attempt('sparql', () => fetch(explorer + '/sparql', {method: 'POST',
                            headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: form})),
                      ];
                      await fetch(explorer + '/sparql', {method: 'POST', mode: 'no-cors',
                          headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: form}).catch(() => {});
                      document.body.dataset.resultados = JSON.stringify(results);
                    })();
                    </script>""".formatted(browser.base, secret);
            attacker.createContext("/", exchange -> reply(exchange, "text/html; charset=utf-8", page));
            attacker.start();

            browser.driver.get("http://127.0.0.1:" + attacker.getAddress().getPort() + "/");
            browser.wait(20).until(d -> browser.js("return document.body.dataset.resultados || null") != null);
            JsonNode results = new ObjectMapper().readTree(String.valueOf(browser.js("return document.body.dataset.resultados")));
            assertEquals("api:bloqueado", results.get(0).asText(), "the API is not readable from another origin");
            assertEquals("sparql:bloqueado", results.get(1).asText(), "SPARQL is not readable from another origin");
            assertEquals(0, internalHits.get(), "the explorer fetched nothing for the page");
            assertTrue(browser.explorer.snapshot().concepts().size() > 0, "the explorer is still serving");
        } finally {
            attacker.stop(0);
            internal.stop(0);
        }
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, String type, String body) throws java.io.IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

package dev.explorador.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A small load generator on loopback: {@code connections} threads, each with its own keep-alive connection,
 * sending requests back to back for a fixed time. Bounded in time; counts every non-2xx answer as an error.
 * It shares the machine with the server it measures, the same way for every server measured.
 */
final class HttpLoad {
    record Result(int connections, long requests, long errors, double seconds, double p50, double p99) {
        double perSecond() {
            return requests / seconds;
        }
    }

    static Result run(Function<Random, String> urls, String accept, int connections, double seconds) throws InterruptedException {
        AtomicLong errors = new AtomicLong();
        List<Latencies> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        for (int t = 0; t < connections; t++) {
            Latencies latencies = new Latencies(2_000_000);
            perThread.add(latencies);
            int id = t;
            threads.add(new Thread(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                Random random = new Random(id);
                while (System.nanoTime() < deadline) {
                    long start = System.nanoTime();
                    try {
                        var response = client.send(HttpRequest.newBuilder(URI.create(urls.apply(random))).header("Accept", accept)
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() / 100 != 2) errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - start);
                }
            }));
        }
        long started = System.nanoTime();
        threads.forEach(Thread::start);
        for (Thread thread : threads) thread.join();
        double elapsed = (System.nanoTime() - started) / 1e9;
        Latencies all = Latencies.merge(perThread);
        return new Result(connections, all.size(), errors.get(), elapsed, all.p50(), all.p99());
    }
}

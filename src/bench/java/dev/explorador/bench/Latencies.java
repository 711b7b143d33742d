package dev.explorador.bench;

import java.util.Arrays;
import java.util.List;

/** Timings of one operation, in microseconds, with the percentiles the report shows. */
final class Latencies {
    private final long[] micros;
    private int size;

    Latencies(int capacity) {
        micros = new long[capacity];
    }

    void add(long nanos) {
        if (size < micros.length) micros[size++] = nanos / 1_000;
    }

    /** Runs the task {@code times} times and records each run. */
    static Latencies measure(int times, Runnable task) {
        Latencies latencies = new Latencies(times);
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            task.run();
            latencies.add(System.nanoTime() - start);
        }
        return latencies;
    }

    int size() {
        return size;
    }

    static Latencies merge(List<Latencies> parts) {
        Latencies all = new Latencies(parts.stream().mapToInt(Latencies::size).sum());
        for (Latencies part : parts) {
            System.arraycopy(part.micros, 0, all.micros, all.size, part.size);
            all.size += part.size;
        }
        return all;
    }

    double percentileMillis(double p) {
        if (size == 0) return Double.NaN;
        long[] sorted = Arrays.copyOf(micros, size);
        Arrays.sort(sorted);
        int index = (int) Math.min(size - 1, Math.ceil(p / 100.0 * size) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }

    double p50() {
        return percentileMillis(50);
    }

    double p99() {
        return percentileMillis(99);
    }
}

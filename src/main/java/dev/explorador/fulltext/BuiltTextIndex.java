package dev.explorador.fulltext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * The full-text index of the bundled graph, written when the jar is built and read back into memory at start-up:
 * building it from the cards takes the cold JVM a second or more, copying its files a few milliseconds.
 * The files sit in the classes under {@code folder}, listed in {@value #LISTING} (a jar cannot be listed cheaply).
 */
public final class BuiltTextIndex {
    static final String LISTING = "archivos.txt";
    private static final Map<String, CompletableFuture<Optional<FullTextIndex>>> READING = new ConcurrentHashMap<>();

    private BuiltTextIndex() {}

    /**
     * Starts reading the index on another thread, and runs one search on it so Lucene's query and highlighting code
     * is loaded: a server calls this first thing, and the work overlaps the loading of the graph on the other core.
     */
    public static void prefetch(String resourceFolder) {
        READING.computeIfAbsent(resourceFolder, folder -> CompletableFuture.supplyAsync(() -> {
            Optional<FullTextIndex> index = load(folder);
            index.ifPresent(i -> i.search("tabla de inferencia", 5));
            return index;
        }));
    }

    /** The index in {@code resourceFolder}: the one {@link #prefetch} read, or read now. */
    public static Optional<FullTextIndex> get(String resourceFolder) {
        CompletableFuture<Optional<FullTextIndex>> reading = READING.get(resourceFolder);
        return reading != null ? reading.join() : load(resourceFolder);
    }

    /** Writes the index into an emptied {@code folder}, with its listing. */
    public static void write(List<Passage> passages, Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> old = Files.list(folder)) {
                for (Path file : old.toList()) Files.delete(file);
            }
        }
        FullTextIndex.write(passages, folder);
        Files.deleteIfExists(folder.resolve("write.lock"));
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(LISTING)).sorted().toList();
            Files.writeString(folder.resolve(LISTING), String.join("\n", names) + "\n", StandardCharsets.UTF_8);
        }
    }

    /** The index in the classpath folder {@code resourceFolder} (e.g. {@code /grafo-construido/indice-texto}), if there. */
    static Optional<FullTextIndex> load(String resourceFolder) {
        String listing = text(resourceFolder + "/" + LISTING);
        if (listing == null) return Optional.empty();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try {
            for (String name : listing.strip().split("\n")) {
                byte[] bytes = bytes(resourceFolder + "/" + name);
                if (bytes == null) return Optional.empty();
                try (IndexOutput out = directory.createOutput(name, IOContext.DEFAULT)) {
                    out.writeBytes(bytes, bytes.length);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer el índice de texto del jar", e);
        }
        return Optional.of(FullTextIndex.open(directory));
    }

    private static String text(String resource) {
        byte[] bytes = bytes(resource);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = BuiltTextIndex.class.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.explorador.http;

import dev.explorador.error.NotFoundException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * The viewer's own files (index.html, favicon.svg, css/, js/) and the webjar file it loads (cytoscape), served by
 * plain routes: from the web folder on disk (read on every request, so an edit shows on reload) or from the jar
 * (read once). Jetty's static-file handler found them by mounting the whole jar (17,000 entries) as a zip file
 * system while the server started, a quarter of a second of every start-up.
 * Every file answers with an ETag, and 304 when the browser already has it.
 */
final class ViewerFiles {
    /** Names of folders and files: letters, digits, dot, dash, underscore; never a dot-only segment. */
    private static final Pattern SAFE_PATH = Pattern.compile("(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "json", "application/json", "txt", "text/plain; charset=utf-8",
            "woff2", "font/woff2", "ico", "image/x-icon");
    /** The pages at the root: "/" is index.html. */
    private static final List<String> PAGES = List.of("/", "/index.html", "/favicon.svg");
    /** The viewer's folders, whose files are served under their own names. */
    private static final List<String> FOLDERS = List.of("css", "js");
    /** Where the webjar files are asked for, by their path inside the webjar. */
    private static final String WEBJARS = "webjars";
    /** The webjar paths carry the library's version: a new version is a new address, so the browser may keep it. */
    private static final String FOREVER = "max-age=31622400";
    /** The viewer's files change with the program (or while it is edited): the browser asks again, with the ETag. */
    private static final String ASK_AGAIN = "max-age=0";

    private final Path folder;
    private final Map<String, Optional<File>> fromJar = new ConcurrentHashMap<>();

    private record File(byte[] bytes, String etag) {
        static File of(byte[] bytes) {
            CRC32C crc = new CRC32C();
            crc.update(bytes);
            return new File(bytes, "\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(bytes.length) + "\"");
        }
    }

    /** @param folder the web folder on disk, or null for the copy in the jar */
    ViewerFiles(Path folder) {
        this.folder = folder;
    }

    void register(Routes routes) {
        for (String page : PAGES) {
            String file = page.equals("/") ? "index.html" : page.substring(1);
            routes.get(page, ctx -> send(ctx, viewer(file), ASK_AGAIN, extension(file)));
        }
        for (String folder : FOLDERS) {
            routes.get("/" + folder + "/<file>", ctx -> {
                String path = folder + "/" + safe(ctx.pathParam("file"));
                send(ctx, viewer(path), ASK_AGAIN, extension(path));
            });
        }
        routes.get("/" + WEBJARS + "/<file>", ctx -> {
            String path = safe(ctx.pathParam("file"));
            send(ctx, jarFile("/META-INF/resources/webjars/" + path), FOREVER, extension(path));
        });
    }

    /** Whether a path is one of these files' routes (which need neither the graph nor Jena). */
    static boolean serves(String path) {
        return PAGES.contains(path) || path.startsWith("/" + WEBJARS + "/")
                || FOLDERS.stream().anyMatch(folder -> path.startsWith("/" + folder + "/"));
    }

    /** The viewer's page, for the routes that open it on a concept. */
    byte[] viewerPage() {
        return viewer("index.html").map(File::bytes)
                .orElse("<!doctype html><title>Explorador</title><p>Falta web/index.html</p>".getBytes());
    }

    private Optional<File> viewer(String path) {
        if (folder == null) return jarFile("/web/" + path);
        Path file = folder.resolve(path);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(File.of(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<File> jarFile(String resource) {
        return fromJar.computeIfAbsent(resource, r -> {
            try (InputStream in = ViewerFiles.class.getResourceAsStream(r)) {
                return in == null ? Optional.empty() : Optional.of(File.of(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void send(Context ctx, Optional<File> found, String cacheControl, String extension) {
        File file = found.orElseThrow(() -> new NotFoundException("No existe " + ctx.path()));
        String type = TYPES.get(extension);
        if (type == null) throw new NotFoundException("No existe " + ctx.path());
        ctx.header("Cache-Control", cacheControl).header("ETag", file.etag());
        if (file.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(type).result(file.bytes());
    }

    /** A relative path made only of plain names: no "..", no ".", no empty or absolute part, no backslash. */
    private static String safe(String path) {
        if (!SAFE_PATH.matcher(path).matches()) throw new NotFoundException("No existe /" + path);
        return path;
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1);
    }
}

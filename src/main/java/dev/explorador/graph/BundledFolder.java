package dev.explorador.graph;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds a folder that may live on disk or inside the running jar ({@code ontology/}, {@code web/}).
 * An explicit path wins; then the folder of that name in the working directory; then the copy embedded in the jar.
 */
public final class BundledFolder {
    private BundledFolder() {}

    public static Path resolve(String explicit, String name) {
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        Path local = Path.of(name);
        if (Files.isDirectory(local)) return local;
        return embedded(name);
    }

    /** The folder as packaged on the classpath (inside the jar, or target/classes when run from Maven). */
    public static Path embedded(String name) {
        URL url = BundledFolder.class.getResource("/" + name);
        if (url == null) throw new GraphLoadException("No se encontró la carpeta «" + name + "» ni en disco ni dentro del jar");
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) return Path.of(uri);
            try {
                return FileSystems.getFileSystem(uri).getPath("/" + name);
            } catch (FileSystemNotFoundException e) {
                return FileSystems.newFileSystem(uri, Map.of()).getPath("/" + name);
            }
        } catch (URISyntaxException | IOException e) {
            throw new GraphLoadException("No se pudo abrir la carpeta «" + name + "» del jar: " + e.getMessage());
        }
    }
}

package dev.explorador.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * Remembers which exact ontology contents already passed the contract, so that starting the server on an
 * unchanged graph skips the SHACL run (the slowest part of start-up). The key is a SHA-256 of the program
 * build (version and build time) and every file's name and bytes (shapes included): a new build (a Jena upgrade
 * is one) or any edit changes it, and the next start validates again.
 * <p>The bundled graph is validated when the jar is built ({@code dev.explorador.build.BundledGraphBuild}), which stores its key in
 * the jar: a start on the bundled, unchanged graph never runs SHACL, not even the first time. Other graphs
 * that passed are remembered in a per-user folder (never the shared, world-writable temp folder, where
 * another user could plant a marker). The {@code validate} verb never uses it.
 */
public final class ValidationCache {
    /** Written into the jar at build time by {@code dev.explorador.build.BundledGraphBuild}. */
    public static final String BUILD_RESOURCE = "/explorador-validado.properties";

    private final Path folder;
    private final Properties build;

    public ValidationCache(Path folder) {
        this.folder = folder;
        this.build = buildInfo();
    }

    /** {@code $XDG_CACHE_HOME/explorador-genai/validado}, by default {@code ~/.cache/explorador-genai/validado}. */
    public static ValidationCache forUser() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new ValidationCache(cache.resolve("explorador-genai").resolve("validado"));
    }

    Path folder() {
        return folder;
    }

    /** The key of these files' contents under this program build: computed once, then asked about. */
    public String key(List<Path> files) {
        return fingerprint(build.getProperty("construccion", "sin-construir"), files);
    }

    /** True when the key is that of the bundled graph this jar was built from (the same files, byte for byte). */
    public boolean isBuildKey(String key) {
        return key.equals(build.getProperty("huella"));
    }

    /** The contents passed the contract before: at build time, or on an earlier start of this build. */
    public boolean knownValid(String key) {
        return isBuildKey(key) || Files.exists(folder.resolve(key));
    }

    public boolean knownValid(LoadedOntology ontology) {
        return knownValid(key(ontology.files()));
    }

    public void rememberValid(String key) {
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                }
            }
            Files.writeString(folder.resolve(key), "ok\n");
        } catch (IOException e) {
            // A cache that cannot be written only costs time on the next start.
        }
    }

    /** @param buildId the program build (version and build time) the validation ran with */
    public static String fingerprint(String buildId, List<Path> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // Not Jena.VERSION: inside the shaded jar it reads "<development>", outside "5.6.0", so a key made at build
            // time never matched at run time. The build id changes with every build, a Jena upgrade included.
            sha.update((buildId + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (Path file : files) {
                sha.update(file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            return "sin-huella-" + System.nanoTime(); // never matches: validate every time
        }
    }

    private static Properties buildInfo() {
        Properties properties = new Properties();
        try (InputStream in = ValidationCache.class.getResourceAsStream(BUILD_RESOURCE)) {
            if (in != null) properties.load(in);
        } catch (IOException e) {
            // No build information: nothing is known valid in advance.
        }
        return properties;
    }
}

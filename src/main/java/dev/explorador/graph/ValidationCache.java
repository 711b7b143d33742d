package dev.explorador.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Remembers which exact ontology contents already passed the contract, so that starting the server on an
 * unchanged graph skips the SHACL run (the slowest part of start-up). The key is a SHA-256 of every file's
 * name and bytes plus the shapes; any edit changes it and the next start validates again.
 * The {@code validate} verb never uses it.
 */
public final class ValidationCache {
    private final Path folder;

    public ValidationCache(Path folder) {
        this.folder = folder;
    }

    public static ValidationCache inTempDir() {
        return new ValidationCache(Path.of(System.getProperty("java.io.tmpdir"), "explorador-genai-validado"));
    }

    public boolean knownValid(LoadedOntology ontology) {
        return Files.exists(marker(ontology));
    }

    public void rememberValid(LoadedOntology ontology) {
        try {
            Files.createDirectories(folder);
            Files.writeString(marker(ontology), "ok\n");
        } catch (IOException e) {
            // A cache that cannot be written only costs time on the next start.
        }
    }

    private Path marker(LoadedOntology ontology) {
        return folder.resolve(fingerprint(ontology));
    }

    static String fingerprint(LoadedOntology ontology) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ValidationCache.class.getPackage().toString().getBytes());
            for (Path file : ontology.files()) {
                sha.update(file.getFileName().toString().getBytes());
                sha.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            return "sin-huella-" + System.nanoTime(); // never matches: validate every time
        }
    }
}

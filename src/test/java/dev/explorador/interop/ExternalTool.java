package dev.explorador.interop;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A program the interop tests run (python3 with rdflib, dot, curl, mmdc). {@code .ci/run} installs every one of
 * them, so a missing tool skips its tests with the reason on a developer's machine, and fails them when
 * {@code EXPLORADOR_REQUIRE_TOOLS} is set (as CI sets it), so CI never passes by skipping.
 */
public final class ExternalTool {
    private ExternalTool() {}

    /** The result of running a tool: exit code, standard output and standard error. */
    public record Run(int exit, String out, String err) {}

    /** Stops the test: skipped with the reason, or failed where the tools are required. */
    public static void require(boolean present, String reason) {
        if (present) return;
        String message = reason + " (.ci/run lo instala; ejecútalo o instala la herramienta)";
        if (System.getenv("EXPLORADOR_REQUIRE_TOOLS") != null) fail(message);
        Assumptions.assumeTrue(false, message);
    }

    /** The first of the candidates that exists as an executable (absolute paths, or names looked up in PATH). */
    public static Optional<String> find(String... candidates) {
        for (String candidate : candidates) {
            if (candidate.contains("/")) {
                if (Files.isExecutable(Path.of(candidate))) return Optional.of(candidate);
                continue;
            }
            String path = System.getenv().getOrDefault("PATH", "");
            for (String dir : path.split(":")) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, candidate))) return Optional.of(Path.of(dir, candidate).toString());
            }
        }
        return Optional.empty();
    }

    /** A Python 3 that imports rdflib: Debian's python3-rdflib lives in /usr/bin/python3, which pyenv may shadow. */
    public static Optional<String> pythonWithRdflib() {
        for (String candidate : new String[] {"/usr/bin/python3", "python3"}) {
            Optional<String> python = find(candidate);
            if (python.isEmpty()) continue;
            try {
                if (run(List.of(python.get(), "-c", "import rdflib"), null, 60).exit() == 0) return python;
            } catch (IOException e) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    public static Run run(List<String> command, Path dir, int timeoutSeconds) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
        if (dir != null) builder.directory(dir.toFile());
        Path out = Files.createTempFile("tool", ".out");
        Path err = Files.createTempFile("tool", ".err");
        try {
            builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(devNull()));
            Process process = builder.start();
            try {
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                    return new Run(-1, Files.readString(out), "tiempo agotado tras " + timeoutSeconds + " s\n" + Files.readString(err));
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrumpido", e);
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static java.io.File devNull() {
        return new java.io.File("/dev/null");
    }
}

package dev.explorador.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.TestGraph;
import dev.explorador.query.Explorer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A TDB2 database survives its process being killed (SIGKILL) while it is built or while it serves.
 * No sleeps: each kill waits for a sign that the process reached the stage under test, and each test then
 * checks that the kill did land there, so it cannot pass without testing anything.
 */
class Tdb2CrashTest {
    @TempDir Path folder;

    /** Where, during the first start, the process is killed. */
    enum Stage {
        /** Right after it announces the build (the database folder is being created). */
        BUILD_ANNOUNCED,
        /** Once TDB2 has created its data files in the folder being built. */
        TDB2_FILES_CREATED
    }

    private Process serve(Path db) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.explorador.Main",
                "serve", "--store", "tdb2:" + db, "--port", "0", "--ontologia", "ontology")
                .redirectErrorStream(true).start();
    }

    /** Reads the process output until a line starts with the prefix; fails if the process ends first. */
    private static void awaitLine(Process process, BufferedReader out, String prefix) throws IOException {
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix)) return;
            seen.append(line).append('\n');
        }
        throw new AssertionError("the process ended before printing «" + prefix + "»:\n" + seen);
    }

    private List<Path> buildFolders() throws IOException {
        try (var siblings = Files.list(folder)) {
            return siblings.filter(p -> p.getFileName().toString().startsWith("db" + StoreFactory.BUILDING_SUFFIX)).toList();
        }
    }

    private static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the process died");
    }

    private static void assertComplete(Explorer reopened) {
        assertEquals(TestGraph.explorer().snapshot().concepts().size(), reopened.snapshot().concepts().size());
        assertEquals("inference-table", reopened.search("tabla de inferencia", 1).get(0).concept().slug());
    }

    @ParameterizedTest(name = "killed at {0}")
    @EnumSource(Stage.class)
    void killedWhileBuildingItLeavesNothingHalfBuiltAndTheNextStartBuildsIt(Stage stage) throws Exception {
        Path db = folder.resolve("db");
        Process process = serve(db);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            awaitLine(process, out, StoreFactory.BUILDING_MESSAGE);
            if (stage == Stage.TDB2_FILES_CREATED) {
                while (process.isAlive() && buildFolders().stream().noneMatch(b -> Files.isDirectory(b.resolve("Data-0001")))) {
                    Thread.onSpinWait();
                }
            }
            kill(process);
        }
        // The kill landed inside the build: its folder is still there, and nothing was renamed into place.
        assertEquals(1, buildFolders().size(), "the build the killed process started is left behind");
        if (stage == Stage.TDB2_FILES_CREATED) {
            assertTrue(Files.isDirectory(buildFolders().get(0).resolve("Data-0001")), "TDB2 had started writing");
        }
        assertFalse(Files.exists(db), "no half-built database where the next start looks");

        try (Explorer reopened = new Explorer(new StoreFactory(Path.of("ontology")).open("tdb2:" + db))) {
            assertComplete(reopened);
        }
        assertTrue(buildFolders().isEmpty(), "the next start removed the killed build");
    }

    @Test
    void killedWhileServingItReopensTheSameDatabaseIntact() throws Exception {
        Path db = folder.resolve("db");
        Process process = serve(db);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            awaitLine(process, out, "Explorador listo");
            kill(process);
        }
        // No ontology this time (the folder named does not exist): only the database the killed process built can answer.
        try (Explorer reopened = new Explorer(new StoreFactory(folder.resolve("sin-ontologia")).open("tdb2:" + db))) {
            assertComplete(reopened);
        }
    }
}

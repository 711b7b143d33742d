package dev.explorador.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.explorador.TestGraph;
import dev.explorador.query.Explorer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A TDB2 database survives its process being killed (SIGKILL) while it loads or serves. */
class Tdb2CrashTest {
    @TempDir Path folder;

    private Process serve(Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.explorador.Main",
                "serve", "--store", "tdb2:" + db, "--port", "0", "--ontologia", "ontology")
                .redirectErrorStream(true).start();
    }

    private static long expectedConcepts() {
        return TestGraph.explorer().snapshot().concepts().size();
    }

    private static void assertIntact(Path db) {
        try (Explorer reopened = new Explorer(new StoreFactory(Path.of("ontology")).open("tdb2:" + db))) {
            assertEquals(expectedConcepts(), reopened.snapshot().concepts().size());
            assertEquals("inference-table", reopened.search("tabla de inferencia", 1).get(0).concept().slug());
        }
    }

    @ParameterizedTest(name = "killed after {0} ms")
    @ValueSource(ints = {200, 900, 1_800, 3_000})
    void killedWhileLoadingItReopensWithTheDataIntact(int delayMillis) throws Exception {
        Path db = folder.resolve("db");
        Process process = serve(db);
        Thread.sleep(delayMillis);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertIntact(db);
    }

    @Test
    void killedWhileServingItReopensWithTheDataIntact() throws Exception {
        Path db = folder.resolve("db");
        Process process = serve(db);
        boolean ready = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (!ready && (line = out.readLine()) != null) {
                ready = line.startsWith("Explorador listo");
            }
            assertTrue(ready, "the server started on TDB2");
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertIntact(db);
    }
}

package dev.explorador.web;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A browser test class: one Chromium and one explorer server for the whole class ({@link BrowserSession}), opened
 * before its first test and closed after its last. JUnit runs these before a subclass's own {@code @BeforeAll}.
 */
abstract class InTheBrowser {
    static BrowserSession s;

    @BeforeAll
    static void openBrowser() throws Exception {
        s = new BrowserSession();
    }

    /** Every test starts on a desktop-sized window; a test that emulates a phone sets it itself. */
    @BeforeEach
    void desktop() {
        s.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @AfterAll
    static void closeBrowser() {
        if (s != null) s.close();
        s = null;
    }
}

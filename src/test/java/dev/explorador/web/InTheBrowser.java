package dev.explorador.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

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

    @AfterAll
    static void closeBrowser() {
        if (s != null) s.close();
        s = null;
    }
}

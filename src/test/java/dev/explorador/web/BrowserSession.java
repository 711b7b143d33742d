package dev.explorador.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.explorador.query.Explorer;
import dev.explorador.sparql.SparqlLimits;
import dev.explorador.store.StoreFactory;
import dev.explorador.testing.ExplorerHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One real server (graph in memory, viewer from ./web) and one headless Debian Chromium, for a whole test class. */
final class BrowserSession implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path DOWNLOADS = Path.of("target", "descargas").toAbsolutePath();

    final Explorer explorer;
    final ExplorerHttp http;
    final ChromeDriver driver;
    final String base;
    private final Path profile;
    private final ObjectMapper json = new ObjectMapper();

    BrowserSession() throws IOException {
        explorer = new Explorer(new StoreFactory(Path.of("ontology")).open("mem"));
        http = ExplorerHttp.start(explorer, SparqlLimits.defaults());
        base = http.base();
        Files.createDirectories(SCREENSHOTS);
        Files.createDirectories(DOWNLOADS);
        profile = Files.createTempDirectory("chromium-perfil");

        // Debian's Chromium and its driver: Selenium Manager never downloads anything.
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=es", "--user-data-dir=" + profile);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", DOWNLOADS.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", DOWNLOADS.toString()));
    }

    void open(String path) {
        driver.get(base + path);
        waitReady();
    }

    /** The viewer sets body[data-listo] after each render; wait for a new one. */
    void waitReady() {
        wait(20).until(d -> {
            Object ready = js("return document.body && document.body.dataset.listo || null");
            return ready != null;
        });
    }

    void waitNextRender(Runnable action) {
        String before = String.valueOf(js("return document.body.dataset.listo || ''"));
        action.run();
        wait(20).until(d -> !before.equals(String.valueOf(js("return document.body.dataset.listo || ''"))));
    }

    /** A wait that tries again when the element it read was replaced by a new render (on a busy machine, often). */
    WebDriverWait wait(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    WebElement waitFor(String css) {
        return wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Object jsAsync(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    long graphNodes() {
        return ((Number) js("return document.getElementById('principal').graph.cy.nodes().length")).longValue();
    }

    void screenshot(String name) {
        try {
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode api(String path) {
        try {
            HttpResponse<String> res = http.get(path, "application/json");
            if (res.statusCode() != 200) throw new IllegalStateException(path + " → " + res.statusCode() + " " + res.body());
            return json.readTree(res.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return ExplorerHttp.encode(s);
    }

    List<String> browserLog() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            http.close();
            explorer.close();
            deleteProfile();
        }
    }

    /** Chromium's profile folder, tens of MB, would otherwise stay in /tmp after every test class. */
    private void deleteProfile() {
        try (var files = Files.walk(profile)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(file);
        } catch (IOException e) {
            // A file Chromium still holds: the system's temp cleaning will take it.
        }
    }
}

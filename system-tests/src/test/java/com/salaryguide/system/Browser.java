package com.salaryguide.system;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.devtools.NetworkInterceptor;
import org.openqa.selenium.remote.http.Contents;
import org.openqa.selenium.remote.http.HttpResponse;
import org.openqa.selenium.remote.http.Route;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver. Both paths are set explicitly, so Selenium
 * Manager never looks for (or downloads) a browser or a driver. Each browser gets a fresh profile directory, deleted
 * when it quits.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    /** Whether Debian's chromium and chromium-driver packages are installed (the browser tests need both). */
    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Browser() throws IOException {
        profile = Files.createTempDirectory("salaryguide-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // running as root in a container: no sandbox; no GPU, no /dev/shm, and nothing that talks to the internet
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--hide-scrollbars", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /** A phone (390x844, touch, mobile viewport) or a desktop (1366x900) screen. */
    Browser viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
        return this;
    }

    /** Opens a page and waits until its script says it is done (body data-state: ready or error). */
    Browser open(String url) {
        driver.manage().logs().get(LogType.BROWSER); // what earlier pages logged is read and dropped
        driver.get(url);
        await("the page to finish", () -> script("return document.body.dataset.state || null") != null);
        return this;
    }

    String state() {
        return (String) script("return document.body.dataset.state || null");
    }

    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /** Runs a script whose last argument is the callback to call with the result (e.g. after a dynamic import). */
    Object asyncScript(String js, Object... args) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return driver.executeAsyncScript(js, args);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    /** The whole text of an element, including what is folded away (closed details). */
    String textContent(String css) {
        return (String) script("return document.querySelector(arguments[0]).textContent", css);
    }

    void await(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(what).until(d -> condition.getAsBoolean());
    }

    /**
     * Console errors and failed loads since the page was opened: a script error, a file that did not load, anything
     * the Content-Security-Policy refused. An API answer of 4xx the page showed as a problem is not one (chromium
     * logs it as a failed load all the same).
     */
    List<String> errors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.matches("\\S+/api/v1/\\S+ - Failed to load resource: the server responded with a status"
                        + " of 4\\d\\d .*"))
                .toList();
    }

    /** The whole page, not only the viewport, as a PNG. */
    Path screenshot(Path file) throws IOException {
        long width = ((Number) script("return document.documentElement.clientWidth")).longValue();
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        return file;
    }

    /**
     * Answers every request whose address ends with the given path with this JSON instead of the server's answer, until
     * the returned interceptor is closed: for states of an answer the running system cannot be brought into.
     */
    NetworkInterceptor answer(String pathAndQuery, String json) {
        return new NetworkInterceptor(driver, Route.matching(request -> request.getUri().endsWith(pathAndQuery))
                .to(() -> request -> new HttpResponse().setStatus(200).addHeader("Content-Type", "application/json")
                        .setContent(Contents.utf8String(json))));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}

package com.jobsphere.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through chromedriver, both Debian's packages at fixed paths ({@code .ci/run} installs
 * them). Both paths are given explicitly: with the driver's path set on its service, Selenium skips Selenium Manager,
 * so nothing is ever looked up or downloaded; failsafe also points {@code SE_MANAGER_PATH} at a file that does not
 * exist, so a Selenium that tried to run it anyway would fail instead of fetching a browser. A missing package fails
 * the test with the command that installs it; the browser test is never skipped.
 *
 * <p>Waits are on conditions ({@link #until}), never on time. The browser's console is collected from the start
 * ({@link #consoleLog}), so a test can assert that a page logged no error and broke no Content-Security-Policy.
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** A bound on each wait: long enough for a busy two-core machine, short enough that a broken page fails. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;
    private final List<LogEntry> console = new ArrayList<>();

    private Browser(ChromeDriver driver, Path profile, Path screenshots) {
        this.driver = driver;
        this.profile = profile;
        this.screenshots = screenshots;
    }

    /** Starts the browser; screenshots go to {@code screenshots}, which is created. */
    public static Browser start(Path screenshots) {
        requireInstalled(CHROMIUM, "chromium");
        requireInstalled(CHROMEDRIVER, "chromium-driver");
        Path profile;
        try {
            Files.createDirectories(screenshots);
            profile = Files.createTempDirectory("console-browser-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                // The tests run as root, where Chromium refuses to start with its sandbox; it only opens localhost.
                .addArguments("--headless", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--no-first-run", "--disable-extensions", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1360,2400",
                        "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", logging);
        return new Browser(new ChromeDriver(service, options), profile, screenshots);
    }

    private static void requireInstalled(Path executable, String debianPackage) {
        if (!Files.isExecutable(executable)) {
            throw new AssertionError(executable + " is missing: the operators' console is tested in a real browser. "
                    + "Install it with: apt-get install -y chromium chromium-driver (.ci/run does so when they are "
                    + "missing). Needed package: " + debianPackage);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits until {@code condition} answers something other than null or false; a stale or absent element is a no. */
    public <T> T until(String what, Supplier<T> condition) {
        return new WebDriverWait(driver, PATIENCE)
                .withMessage(what)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .until(ignored -> condition.get());
    }

    /** Every console entry since the browser started. */
    public List<LogEntry> consoleLog() {
        driver.manage().logs().get(LogType.BROWSER).forEach(console::add);
        return List.copyOf(console);
    }

    /** Saves the page as it is now as {@code <name>.png}. */
    public Path screenshot(String name) {
        Path target = screenshots.resolve(name + ".png");
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The browser's profile " + profile + " could not be removed", e);
            }
        }
    }
}

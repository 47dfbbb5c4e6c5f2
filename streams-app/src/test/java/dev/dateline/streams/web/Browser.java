package dev.dateline.streams.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium driven through the machine's own chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}); Selenium Manager is never asked to download anything. Tests skip when
 * either is missing ({@link #available()}).
 */
final class Browser implements AutoCloseable {

    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Why the browser tests cannot run here, or empty when they can. */
    static Optional<String> unavailable() {
        if (binary().isEmpty()) {
            return Optional.of("no Chromium found (" + String.join(", ", CHROMIUM) + "); .ci/run installs Debian's chromium");
        }
        if (driverBinary().isEmpty()) {
            return Optional.of("no chromedriver found (" + String.join(", ", DRIVER) + "); .ci/run installs Debian's chromium-driver");
        }
        return Optional.empty();
    }

    static boolean available() {
        return unavailable().isEmpty();
    }

    static Browser start(int width, int height) throws IOException {
        System.setProperty("webdriver.chrome.driver", driverBinary().orElseThrow());
        Path profile = Files.createTempDirectory("dateline-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary().orElseThrow());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-GB",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driverBinary().orElseThrow()).toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return new Browser(driver, profile);
    }

    /** Severe messages the page logged (script errors, failed requests) since the last call. */
    List<String> errors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    private static Optional<String> binary() {
        return Optional.ofNullable(System.getProperty("dateline.chromium")).or(() -> firstExecutable(CHROMIUM));
    }

    private static Optional<String> driverBinary() {
        return Optional.ofNullable(System.getProperty("webdriver.chrome.driver")).or(() -> firstExecutable(DRIVER));
    }

    private static Optional<String> firstExecutable(List<String> paths) {
        return paths.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }
}

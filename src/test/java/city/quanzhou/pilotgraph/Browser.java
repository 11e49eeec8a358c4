package city.quanzhou.pilotgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its chromedriver, with no network but loopback: every name
 * resolves to nothing except 127.0.0.1, and any proxied request goes to a closed local port. A page that
 * still needed a CDN would fail here as it would on the bureau's closed network. Where Chromium or its
 * driver is not installed, the calling test is skipped and says so.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver;

	private final Path profile;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** Starts a browser, or skips the calling test when Chromium or chromedriver is missing. */
	public static Browser start() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"browser test skipped: " + CHROMIUM + " or " + CHROMEDRIVER
						+ " is missing (apt-get install chromium chromium-driver; .ci/run does this)");
		try {
			Path profile = Files.createTempDirectory("pilotgraph-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=zh-CN",
					"--user-data-dir=" + profile.toAbsolutePath(),
					// no network but loopback: names resolve to nothing but 127.0.0.1, and whatever is not
					// loopback goes to a proxy port where nothing listens. Loopback must bypass that proxy
					// ("<-loopback>" would send it there too, and no page would load).
					"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
					"--proxy-server=http://127.0.0.1:" + closedPort(), "--proxy-bypass-list=127.0.0.1;localhost");
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
			return new Browser(driver, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	public void open(int port, String path) {
		this.driver.get("http://127.0.0.1:" + port + path);
	}

	/**
	 * Waits (up to a minute: two busy cores) until the condition holds; this is how long a page may take to
	 * draw, never an assertion about time.
	 */
	public <T> T await(Function<WebDriver, T> condition) {
		try {
			return new WebDriverWait(this.driver, Duration.ofSeconds(60)).until(condition);
		}
		catch (TimeoutException ex) {
			Path picture = screenshot("timed-out-" + System.currentTimeMillis());
			throw new TimeoutException("the page did not get there; it looked like " + picture.toAbsolutePath()
					+ " and said: " + this.driver.findElement(By.tagName("body")).getText(), ex);
		}
	}

	/** Runs a script in the page and returns what it returns (JSON-like values: maps, lists, numbers, text). */
	@SuppressWarnings("unchecked")
	public <T> T script(String script, Object... arguments) {
		return (T) ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/** Runs a script whose last argument is the callback to call with its result. */
	@SuppressWarnings("unchecked")
	public <T> T asyncScript(String script, Object... arguments) {
		return (T) ((JavascriptExecutor) this.driver).executeAsyncScript(script, arguments);
	}

	/** Scrolls the element into view, then saves what the page shows to target/screenshots/{name}.png. */
	public Path screenshot(String name, String css) {
		script("document.querySelector(arguments[0]).scrollIntoView()", css);
		return screenshot(name);
	}

	/** Saves what the page shows to target/screenshots/{name}.png. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temporary profile harms nothing
		}
	}

	/** A loopback port nothing listens on (it was free a moment ago and is closed again). */
	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}

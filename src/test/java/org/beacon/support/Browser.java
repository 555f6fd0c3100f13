package org.beacon.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Chromium or Chrome, headless, driven by Selenium through the chromedriver that {@link BrowserFinder} found on this
 * machine; nothing is downloaded unless {@code -Dbeacon.browser.download=true} lets Selenium Manager fetch what is
 * missing. One browser serves every browser test of the JVM; each test starts with no cookies. Test classes that use
 * it are skipped where there is no browser ({@link BrowserAvailable}).
 */
public final class Browser {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Dimension DESKTOP = new Dimension(1280, 900);

	private static final Dimension PHONE = new Dimension(390, 844);

	private static ChromeDriver shared;

	private final ChromeDriver driver;

	private final String base;

	private Browser(ChromeDriver driver, String base) {
		this.driver = driver;
		this.base = base;
	}

	/** The JVM's browser, pointed at Beacon on this port, with cookies cleared. */
	public static synchronized Browser at(int port) {
		if (shared == null) {
			shared = start();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::quit));
		}
		shared.manage().deleteAllCookies();
		shared.manage().window().setSize(DESKTOP);
		return new Browser(shared, "http://localhost:" + port);
	}

	private static ChromeDriver start() {
		try {
			BrowserFinder finder = BrowserFinder.ofThisMachine();
			BrowserFinder.Installation installation = finder.download() ? finder.findOrDownload()
					: finder.find().orElseThrow(() -> new IllegalStateException(BrowserFinder.INSTALL_HINT));
			ChromeOptions options = new ChromeOptions();
			if (installation.browser() != null) {
				options.setBinary(installation.browser().toFile());
			}
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--no-first-run", "--lang=en-US", "--window-size=1280,900",
					// A headless window counts as hidden: keep its timers and rendering at full speed.
					"--disable-renderer-backgrounding", "--disable-background-timer-throttling",
					"--disable-backgrounding-occluded-windows",
					// Bootstrap scrolls smoothly unless motion is reduced; a click while Selenium's scroll is still
					// gliding lands on whatever passes under the pointer (ElementClickInterceptedException).
					"--force-prefers-reduced-motion",
					"--user-data-dir=" + Files.createTempDirectory("beacon-chromium-"));
			ChromeDriverService.Builder service = new ChromeDriverService.Builder().usingAnyFreePort();
			if (installation.driver() != null) {
				service.usingDriverExecutable(installation.driver().toFile());
			}
			ChromeDriver driver = new ChromeDriver(service.build(), options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			if (!Boolean.TRUE.equals(driver.executeScript("return matchMedia('(prefers-reduced-motion: reduce)').matches"))) {
				driver.quit();
				throw new IllegalStateException("Chromium ignored --force-prefers-reduced-motion: clicks would be flaky");
			}
			return driver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public ChromeDriver driver() {
		return driver;
	}

	/** Opens a path of Beacon, such as {@code /staff/login}. */
	public Browser open(String path) {
		driver.get(base + path);
		return this;
	}

	public String url(String path) {
		return base + path;
	}

	/** The path and query of the page shown, without Beacon's address. */
	public String path() {
		return driver.getCurrentUrl().substring(base.length());
	}

	public WebElement find(By by) {
		return driver.findElement(by);
	}

	public List<WebElement> findAll(By by) {
		return driver.findElements(by);
	}

	/**
	 * Waits up to 20 seconds for the condition to be non-null and not false. Elements a page replaces meanwhile
	 * (an htmx swap) only make it look again.
	 */
	public <T> T await(Function<WebDriver, T> condition) {
		return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	/** A UUID as Beacon writes it in paths (an alert's id), for {@link #awaitPath(String)}. */
	public static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	/**
	 * Waits up to 20 seconds until the path and query of the page shown (as {@link #path()} gives them) match the
	 * regular expression as a whole, and returns the match, so that an id is taken from one of its groups. After a
	 * navigation, wait with an expression that neither the page left nor any address on the way (the URL a form posts
	 * to, shown when the answer is a page rather than a redirect) matches: then whatever is read next is the new page's.
	 */
	public Matcher awaitPath(String regex) {
		Pattern pattern = Pattern.compile(regex);
		return await(new ExpectedCondition<Matcher>() {

			private String last;

			@Override
			public Matcher apply(WebDriver page) {
				String url = page.getCurrentUrl();
				if (url == null || !url.startsWith(base)) {
					// Not one of Beacon's pages (a blank or an error page): no path to match.
					last = url;
					return null;
				}
				last = url.substring(base.length());
				Matcher matcher = pattern.matcher(last);
				return matcher.matches() ? matcher : null;
			}

			@Override
			public String toString() {
				// The timeout's message names what was awaited and where the browser stayed.
				return "the path to match " + regex + " (last " + last + ")";
			}
		});
	}

	/**
	 * Waits up to 20 seconds until an element is on the page shown and visible, and returns it. After a navigation or
	 * an htmx swap, wait for an element that only the new content has (an error beside a field, a notice): one the old
	 * page has too (its h1, its {@code main}) is found at once, on the old page.
	 */
	public WebElement awaitElement(By by) {
		return await(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/**
	 * Signs in with the staff form and waits for the staff page it leads to: the dashboard, or the page asked for
	 * before signing in. A refused sign-in stays on the sign-in page, and this times out.
	 */
	public Browser signInAsStaff(String username, String password) {
		open("/staff/login");
		find(By.id("username")).sendKeys(username);
		find(By.id("password")).sendKeys(password);
		find(By.cssSelector("main form button[type=submit]")).click();
		// Any staff page but the sign-in page: the form posts to /staff/login and is answered by a redirect.
		awaitPath("/staff(?!/login)(?:[/?].*)?");
		return this;
	}

	/** Runs axe-core on the page shown and fails on any serious or critical violation, naming rule and elements. */
	public Browser assertAccessible() {
		Results results = new AxeBuilder().analyze(driver);
		List<String> serious = results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(Browser::describe)
			.toList();
		assertThat(serious).as("axe-core violations on %s", path()).isEmpty();
		return this;
	}

	private static String describe(Rule rule) {
		return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
	}

	/** Saves the whole page as target/screenshots/{name}.png, at desktop width. */
	public Browser screenshot(String name) {
		return capture(name, DESKTOP);
	}

	/** Saves the whole page as target/screenshots/{name}-phone.png, at a phone's width. */
	public Browser screenshotOnPhone(String name) {
		return capture(name + "-phone", PHONE);
	}

	private Browser capture(String name, Dimension size) {
		try {
			driver.manage().window().setSize(size);
			// The whole page, beyond the window, as Chrome's DevTools capture it (no resizing to the page's height).
			Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
			@SuppressWarnings("unchecked")
			Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
			Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
					"width", ((Number) content.get("width")).doubleValue(),
					"height", ((Number) content.get("height")).doubleValue());
			Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
			driver.manage().window().setSize(DESKTOP);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}

package org.beacon.support;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Finds Chromium or Google Chrome and a chromedriver on this machine without assuming where they are installed. The
 * browser is looked for, in this order, in the system property {@code beacon.chrome} or the environment variable
 * {@code BEACON_CHROME}, on the {@code PATH} ({@code chromium}, {@code chromium-browser}, {@code google-chrome},
 * {@code chrome}), then in the usual install places of macOS and Windows; the driver in {@code beacon.chromedriver}
 * or {@code BEACON_CHROMEDRIVER}, on the {@code PATH} ({@code chromedriver}), beside the browser, then where Homebrew
 * puts it. A setting that names no executable file is a mistake to report, not a reason to look elsewhere.
 */
final class BrowserFinder {

	static final String MISSING = "no Chromium or Chrome with its chromedriver was found. Install them (Debian/Ubuntu: "
			+ "apt-get install chromium chromium-driver; macOS: brew install --cask chromium chromedriver) or point "
			+ "BEACON_CHROME and BEACON_CHROMEDRIVER at them.";

	static final String INSTALL_HINT = "Browser tests skipped: " + MISSING;

	private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome",
			"google-chrome-stable", "chrome");

	private static final List<String> MACOS_BROWSERS = List.of(
			"Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
			"Applications/Chromium.app/Contents/MacOS/Chromium",
			"Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing");

	private static final List<String> MACOS_DRIVERS = List.of("opt/homebrew/bin/chromedriver",
			"usr/local/bin/chromedriver");

	private static final List<String> WINDOWS_BROWSERS = List.of("Google\\Chrome\\Application\\chrome.exe",
			"Chromium\\Application\\chrome.exe");

	private final UnaryOperator<String> properties;

	private final UnaryOperator<String> environment;

	private final Path root;

	private final String os;

	/**
	 * @param properties system properties by name
	 * @param environment environment variables by name
	 * @param root the file system's root, under which the macOS install places lie
	 */
	BrowserFinder(UnaryOperator<String> properties, UnaryOperator<String> environment, Path root) {
		this.properties = properties;
		this.environment = environment;
		this.root = root;
		String name = properties.apply("os.name");
		this.os = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
	}

	static BrowserFinder ofThisMachine() {
		return new BrowserFinder(System::getProperty, System::getenv, Path.of("/").toAbsolutePath().getRoot());
	}

	/** A browser and a driver; either is null where Selenium Manager is to provide it. */
	record Installation(Path browser, Path driver) {
	}

	/**
	 * The browser and driver of this machine, or empty when either is missing.
	 *
	 * @throws IllegalStateException when a property or environment variable names no executable file
	 */
	Optional<Installation> find() {
		Optional<Path> browser = browser();
		Optional<Path> driver = driver(browser);
		return browser.isPresent() && driver.isPresent() ? Optional.of(new Installation(browser.get(), driver.get()))
				: Optional.empty();
	}

	/**
	 * What to run, when Selenium Manager may download what is missing ({@code -Dbeacon.browser.download=true}): the
	 * parts found here, and none for the rest.
	 */
	Installation findOrDownload() {
		Optional<Path> browser = browser();
		return new Installation(browser.orElse(null), driver(browser).orElse(null));
	}

	/** Whether a missing browser fails the run ({@code beacon.browser.required} or {@code BEACON_BROWSER_REQUIRED}). */
	boolean required() {
		return flag("beacon.browser.required", "BEACON_BROWSER_REQUIRED");
	}

	/** Whether Selenium Manager may download a browser or driver ({@code beacon.browser.download}). */
	boolean download() {
		return flag("beacon.browser.download", "BEACON_BROWSER_DOWNLOAD");
	}

	private boolean flag(String property, String variable) {
		return Boolean.parseBoolean(setting(property, variable));
	}

	private Optional<Path> browser() {
		return configured("beacon.chrome", "BEACON_CHROME")
			.or(() -> onPath(BROWSERS))
			.or(() -> first(installPlaces()));
	}

	private Optional<Path> driver(Optional<Path> browser) {
		return configured("beacon.chromedriver", "BEACON_CHROMEDRIVER")
			.or(() -> onPath(List.of("chromedriver")))
			.or(() -> browser.flatMap(found -> first(Stream.of(found.resolveSibling(executable("chromedriver"))))))
			.or(() -> first(macos() ? MACOS_DRIVERS.stream().map(root::resolve) : Stream.empty()));
	}

	private Optional<Path> configured(String property, String variable) {
		String value = setting(property, variable);
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		Path path = Path.of(value);
		if (!runnable(path)) {
			throw new IllegalStateException(property + " / " + variable + " names " + value
					+ ", which is not an executable file");
		}
		return Optional.of(path);
	}

	private String setting(String property, String variable) {
		String value = properties.apply(property);
		return value != null ? value : environment.apply(variable);
	}

	private Optional<Path> onPath(List<String> names) {
		String path = environment.apply("PATH");
		if (path == null) {
			return Optional.empty();
		}
		List<Path> candidates = new ArrayList<>();
		for (String name : names) {
			for (String directory : path.split(windows() ? ";" : ":")) {
				if (!directory.isBlank()) {
					path(directory).ifPresent(dir -> candidates.add(dir.resolve(executable(name))));
				}
			}
		}
		return first(candidates.stream());
	}

	private Stream<Path> installPlaces() {
		if (macos()) {
			Stream<Path> system = MACOS_BROWSERS.stream().map(root::resolve);
			String home = properties.apply("user.home");
			return home == null ? system
					: Stream.concat(system, MACOS_BROWSERS.stream().map(place -> Path.of(home).resolve(place)));
		}
		if (windows()) {
			return Stream.of("ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA")
				.map(environment)
				.flatMap(base -> base == null ? Stream.empty() : path(base).stream())
				.flatMap(base -> WINDOWS_BROWSERS.stream().map(place -> base.resolve(place.replace('\\', '/'))));
		}
		return Stream.empty();
	}

	private static Optional<Path> path(String text) {
		try {
			return Optional.of(Path.of(text));
		}
		catch (InvalidPathException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Path> first(Stream<Path> candidates) {
		return candidates.filter(BrowserFinder::runnable).findFirst();
	}

	private static boolean runnable(Path file) {
		return Files.isRegularFile(file) && Files.isExecutable(file);
	}

	private String executable(String name) {
		return windows() ? name + ".exe" : name;
	}

	private boolean macos() {
		return os.startsWith("mac");
	}

	private boolean windows() {
		return os.startsWith("windows");
	}
}

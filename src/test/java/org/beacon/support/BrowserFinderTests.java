package org.beacon.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.io.TempDir;

/** How the browser tests find a browser on a developer's machine, and what they do where there is none. */
class BrowserFinderTests {

	@TempDir
	Path root;

	private final Map<String, String> properties = new HashMap<>(Map.of("os.name", "Linux"));

	private final Map<String, String> environment = new HashMap<>();

	@Test
	void findsChromiumAndItsDriverOnThePath() throws IOException {
		Path bin = executable("usr/bin/chromium").getParent();
		executable("usr/bin/chromedriver");
		path(root.resolve("nothing-here"), bin);

		assertThat(finder().find()).contains(new BrowserFinder.Installation(bin.resolve("chromium"),
				bin.resolve("chromedriver")));
	}

	@Test
	void prefersChromiumToChromeAndTheFirstDirectoryOfThePath() throws IOException {
		Path first = executable("first/google-chrome").getParent();
		Path second = executable("second/chromium").getParent();
		executable("second/chromedriver");
		executable("first/chromedriver");
		path(first, second);

		assertThat(finder().find().orElseThrow().browser()).isEqualTo(second.resolve("chromium"));
		assertThat(finder().find().orElseThrow().driver()).isEqualTo(first.resolve("chromedriver"));
	}

	@Test
	void takesThePropertyBeforeTheEnvironmentAndBothBeforeThePath() throws IOException {
		path(executable("bin/chromium").getParent());
		executable("bin/chromedriver");
		environment.put("BEACON_CHROME", executable("env/chrome").toString());
		environment.put("BEACON_CHROMEDRIVER", executable("env/chromedriver").toString());
		properties.put("beacon.chrome", executable("prop/chrome").toString());

		BrowserFinder.Installation found = finder().find().orElseThrow();
		assertThat(found.browser()).isEqualTo(root.resolve("prop/chrome"));
		assertThat(found.driver()).isEqualTo(root.resolve("env/chromedriver"));
	}

	@Test
	void aSettingThatNamesNoExecutableIsReportedNotSkipped() throws IOException {
		path(executable("bin/chromium").getParent());
		environment.put("BEACON_CHROMEDRIVER", root.resolve("missing/chromedriver").toString());

		assertThatIllegalStateException().isThrownBy(() -> finder().find())
			.withMessageContaining("BEACON_CHROMEDRIVER")
			.withMessageContaining("missing/chromedriver");
	}

	@Test
	void aFileThatIsNotExecutableDoesNotCount() throws IOException {
		Path bin = Files.createDirectories(root.resolve("bin"));
		Files.createFile(bin.resolve("chromium"));
		executable("bin/chromedriver");
		path(bin);

		assertThat(finder().find()).isEmpty();
	}

	@Test
	void findsChromeInTheApplicationsFolderOnMacosAndTheDriverWhereHomebrewPutsIt() throws IOException {
		properties.put("os.name", "Mac OS X");
		properties.put("user.home", root.resolve("Users/maria").toString());
		Path chrome = executable("Users/maria/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
		Path driver = executable("opt/homebrew/bin/chromedriver");

		assertThat(finder().find()).contains(new BrowserFinder.Installation(chrome, driver));
	}

	@Test
	void findsChromeUnderProgramFilesOnWindowsAndTheDriverBesideIt() throws IOException {
		properties.put("os.name", "Windows 11");
		environment.put("ProgramFiles", root.resolve("Program Files").toString());
		Path chrome = executable("Program Files/Google/Chrome/Application/chrome.exe");
		Path driver = executable("Program Files/Google/Chrome/Application/chromedriver.exe");

		assertThat(finder().find()).contains(new BrowserFinder.Installation(chrome, driver));
	}

	@Test
	void aBrowserWithoutADriverIsNotEnough() throws IOException {
		path(executable("bin/chromium").getParent());

		assertThat(finder().find()).isEmpty();
		assertThat(finder().findOrDownload()).isEqualTo(new BrowserFinder.Installation(root.resolve("bin/chromium"),
				null));
	}

	@Test
	void withoutABrowserTheTestsAreSkippedWithAnInstallHint() {
		path(root.resolve("empty"));

		ConditionEvaluationResult result = BrowserAvailable.evaluate(finder());

		assertThat(result.isDisabled()).isTrue();
		assertThat(result.getReason()).contains(BrowserFinder.INSTALL_HINT);
		assertThat(BrowserFinder.INSTALL_HINT).contains("apt-get install chromium chromium-driver")
			.contains("BEACON_CHROME")
			.doesNotContain("\n");
	}

	@Test
	void whenTheBrowserIsRequiredItsAbsenceFailsTheRun() {
		path(root.resolve("empty"));
		properties.put("beacon.browser.required", "true");

		assertThatIllegalStateException().isThrownBy(() -> BrowserAvailable.evaluate(finder()))
			.withMessageContaining("required")
			.withMessageContaining("apt-get install chromium chromium-driver");
	}

	@Test
	void theEnvironmentCanRequireTheBrowserToo() {
		path(root.resolve("empty"));
		environment.put("BEACON_BROWSER_REQUIRED", "true");

		assertThatIllegalStateException().isThrownBy(() -> BrowserAvailable.evaluate(finder()));
	}

	@Test
	void whenDownloadsAreAllowedSeleniumManagerProvidesWhatIsMissing() {
		path(root.resolve("empty"));
		properties.put("beacon.browser.download", "true");

		assertThat(BrowserAvailable.evaluate(finder()).isDisabled()).isFalse();
		assertThat(finder().findOrDownload()).isEqualTo(new BrowserFinder.Installation(null, null));
	}

	@Test
	void withABrowserTheTestsRun() throws IOException {
		path(executable("bin/chromium").getParent());
		executable("bin/chromedriver");

		assertThat(BrowserAvailable.evaluate(finder()).isDisabled()).isFalse();
	}

	private BrowserFinder finder() {
		return new BrowserFinder(properties::get, environment::get, root);
	}

	private void path(Path... directories) {
		environment.put("PATH", String.join(":", java.util.Arrays.stream(directories).map(Path::toString).toList()));
	}

	private Path executable(String relative) throws IOException {
		Path file = root.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.createFile(file);
		assertThat(file.toFile().setExecutable(true)).isTrue();
		return file;
	}
}

package org.beacon.broadcast.web;

import java.util.List;

import org.beacon.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The compose page as an officer uses it in the browser: fill, choose an area, read the preview, send. */
record ComposePageDriver(Browser browser) {

	void fill(String type, String severity, String title, String body) {
		new Select(browser.find(By.id("type"))).selectByValue(type);
		new Select(browser.find(By.id("severity"))).selectByValue(severity);
		browser.find(By.id("title")).sendKeys(title);
		browser.find(By.id("body")).sendKeys(body);
	}

	void chooseRegion(String region) {
		click(browser.find(By.cssSelector("input[name=areaKind][value=REGIONS]")));
		new Select(browser.find(By.id("regions"))).selectByValue(region);
	}

	/** Waits until the audience preview shows this total and returns the preview's box. */
	WebElement awaitTotal(String total) {
		browser.await(page -> {
			List<WebElement> cells = browser.findAll(By.cssSelector("#audience-result tr[data-channel=TOTAL] td"));
			return !cells.isEmpty() && cells.get(0).getText().equals(total);
		});
		return browser.find(By.id("audience-result"));
	}

	/** Sends the alert composed, waits for its page and returns its id. */
	String send() {
		click(browser.find(By.cssSelector("form.compose-form > button[type=submit]")));
		return browser.awaitPath("/staff/alerts/(?!new)(" + Browser.UUID + ")").group(1);
	}

	/** Sends a form with mistakes and waits for the form shown again with them. */
	void sendRefused() {
		click(browser.find(By.cssSelector("form.compose-form > button[type=submit]")));
		browser.awaitElement(By.id("error-summary"));
	}

	/** Scrolls at once (Bootstrap scrolls smoothly, and a click during the scroll lands elsewhere), then clicks. */
	void click(WebElement element) {
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	String error(String field) {
		return browser.find(By.id(field + "-error")).getText();
	}
}

package org.beacon.broadcast.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.beacon.broadcast.approval.AlertApprovalsIntegrationTests;
import org.beacon.support.Api;
import org.beacon.support.BrowserIntegrationTest;
import org.beacon.support.Citizens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The author's page of an alert the two-person rule held, while another staff member decides it: it follows the
 * decision live, without a reload, and says who submitted the alert and who decided it when.
 */
class HeldAlertPageBrowserIntegrationTests extends BrowserIntegrationTest {

	static final String APPROVER = "approver";

	static final DateTimeFormatter PAGE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	@Test
	void theAuthorsPageTurnsLiveToTheIssuedAlertWithWhoApprovedItAndWhen() {
		Citizens.inMali(jdbc, cipher, 4, "approved", "+223769");
		String id = held();
		browser.signInAsStaff(Api.OFFICER, Api.PASSWORD).open("/staff/alerts/" + id);
		assertThat(browser.find(By.id("alert-history")).getText()).startsWith("Submitted by\n" + Api.OFFICER + ", ");
		assertThat(browser.findAll(By.id("alert-decision"))).isEmpty();
		assertThat(browser.find(By.id("awaiting-approval")).getText()).contains("Nothing has been sent");
		browser.driver().executeScript("window.stillTheSamePage = true;");

		Api.Response approved = decide(id, Api.json("decision", "APPROVE"));
		assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);

		browser.awaitElement(By.id("alert-decision"));
		String approval = APPROVER + ", " + PAGE_TIME.format(decidedAt(id)) + " UTC";
		assertThat(browser.driver().executeScript("return window.stillTheSamePage === true;"))
			.as("updated in place, not reloaded").isEqualTo(true);
		assertThat(browser.find(By.id("alert-decision-label")).getText()).isEqualTo("Approved by");
		assertThat(browser.find(By.id("alert-decision")).getText()).isEqualTo(approval);
		assertThat(browser.find(By.cssSelector("#alert-status .badge")).getText()).isEqualTo("Issued");
		assertThat(browser.find(By.id("alert-news")).getAttribute("textContent"))
			.isEqualTo("Issued. Approved by " + approval);
		assertThat(browser.findAll(By.id("awaiting-approval"))).isEmpty();
		browser.await(page -> "100".equals(browser.find(By.id("progress-percent")).getText()));
		assertThat(browser.find(By.id("progress-summary")).getText()).contains("8 of 8");
		browser.assertAccessible().screenshot("staff-alert-approved-live").screenshotOnPhone("staff-alert-approved-live");

		browser.open("/staff/alerts/" + id);
		assertThat(browser.find(By.id("alert-history")).getText()).as("a reload says the same")
			.startsWith("Submitted by\n" + Api.OFFICER + "\nApproved by\n" + approval);
		Api.Response view = api().alert(id);
		assertThat(view.body().at("/approval/decidedBy").asText()).isEqualTo(APPROVER);
		assertThat(view.body().at("/approval/reason").asText()).isEqualTo("EXTREME_SEVERITY");
		assertThat(view.body().get("issuedBy").asText()).isEqualTo(Api.OFFICER);
	}

	@Test
	void theAuthorsPageShowsLiveThatTheAlertWasRejectedAndWhy() {
		String id = held();
		browser.signInAsStaff(Api.OFFICER, Api.PASSWORD).open("/staff/alerts/" + id);
		browser.driver().executeScript("window.stillTheSamePage = true;");

		Api.Response rejected = decide(id, Api.json("decision", "REJECT", "reason", "The airport is calm now."));
		assertThat(rejected.status()).as(rejected.body().toString()).isEqualTo(200);

		browser.awaitElement(By.id("approval-rejected"));
		assertThat(browser.driver().executeScript("return window.stillTheSamePage === true;"))
			.as("updated in place, not reloaded").isEqualTo(true);
		assertThat(browser.find(By.id("alert-decision-label")).getText()).isEqualTo("Rejected by");
		assertThat(browser.find(By.id("alert-decision")).getText())
			.isEqualTo(APPROVER + ", " + PAGE_TIME.format(decidedAt(id)) + " UTC");
		assertThat(browser.find(By.id("alert-history")).getText()).contains("Reason given\nThe airport is calm now.");
		assertThat(browser.find(By.cssSelector("#alert-status .badge")).getText()).isEqualTo("Rejected");
		assertThat(browser.find(By.id("approval-rejected")).getText()).contains("Nothing was sent");
		assertThat(browser.findAll(By.id("progress"))).as("no delivery for an alert never sent").isEmpty();
		assertThat(browser.find(By.id("alert-delivery")).getDomAttribute("data-events"))
			.as("nothing more to follow").isNull();
		browser.assertAccessible().screenshot("staff-alert-rejected-live");
	}

	/** An EXTREME alert of the duty officer's, which the two-person rule holds. */
	private String held() {
		Api.Response issued = api().issueAlert(AlertApprovalsIntegrationTests.extreme());
		assertThat(issued.body().get("status").asText()).isEqualTo("PENDING_APPROVAL");
		assertThat(issued.body().at("/approval/reason").asText()).isEqualTo("EXTREME_SEVERITY");
		return issued.body().get("id").asText();
	}

	private Api.Response decide(String id, Object decision) {
		return api().postJson("/api/v1/alerts/" + id + "/approval", decision, Api.staff(APPROVER, Api.PASSWORD));
	}

	private java.time.Instant decidedAt(String id) {
		return jdbc.queryForObject("SELECT reviewed_at FROM alert WHERE id = ?::uuid", Timestamp.class, id)
			.toInstant();
	}
}

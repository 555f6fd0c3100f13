package org.beacon.subscribers.web;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The page that explains SMS keywords (STOP, START, HELP). */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class InfoPages {

	@GetMapping("/sms")
	String sms() {
		return "citizen/sms";
	}
}

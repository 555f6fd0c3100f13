package org.beacon.platform.security;

import java.util.ArrayList;
import java.util.List;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff sign-in page: a password form, and a button per OpenID Connect provider when any is configured. */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class StaffLoginPage {

	private final ObjectProvider<ClientRegistrationRepository> oidcProviders;

	StaffLoginPage(ObjectProvider<ClientRegistrationRepository> oidcProviders) {
		this.oidcProviders = oidcProviders;
	}

	@GetMapping("/staff/login")
	String login(Model model) {
		model.addAttribute("providers", providers());
		return "staff/login";
	}

	private List<Provider> providers() {
		List<Provider> providers = new ArrayList<>();
		if (oidcProviders.getIfAvailable() instanceof Iterable<?> registrations) {
			for (Object registration : registrations) {
				ClientRegistration client = (ClientRegistration) registration;
				providers.add(new Provider(client.getClientName(),
						"/oauth2/authorization/" + client.getRegistrationId()));
			}
		}
		return providers;
	}

	record Provider(String name, String url) {
	}
}

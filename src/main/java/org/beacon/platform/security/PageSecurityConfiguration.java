package org.beacon.platform.security;

import java.time.Clock;
import java.util.LinkedHashMap;

import org.beacon.platform.BeaconProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * The pages people use in a browser. Citizens' pages are open, except their account, which a one-time sign-in
 * link opens (role CITIZEN). Staff sign in with a form (or an OpenID Connect provider when one is configured under
 * {@code spring.security.oauth2.client}) or with a passkey they registered on their account page (WebAuthn, Spring
 * Security's {@code webAuthn()}); sessions are cookies, so every form and script request carries a CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageSecurityProperties.class)
class PageSecurityConfiguration {

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, PageSecurityProperties properties, LoginThrottle throttle,
			SessionRegistry sessions, ApplicationEventPublisher events,
			ObjectProvider<ClientRegistrationRepository> oidcProviders,
			ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> staffOidcUsers) throws Exception {
		http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/staff/login", "/staff/login/**").permitAll()
				// Registering or deleting a passkey: staff, for their own account (signing in with one is open).
				.requestMatchers("/webauthn/register", "/webauthn/register/**").hasAnyRole(SecurityConfiguration.STAFF)
				.requestMatchers("/staff/audit/**", "/staff/admin/**", "/staff/sandbox/providers/**").hasRole("ADMIN")
				// Playing a citizen in the sandbox speaks for them: administrators only (console's SandboxCitizen).
				.requestMatchers("/staff/sandbox/citizen/**").hasRole("ADMIN")
				.requestMatchers("/staff/review/**", "/staff/approvals/**").hasAnyRole("APPROVER", "ADMIN")
				// Who needs help, with their contact points: crisis staff only.
				.requestMatchers("/staff/checkins/help", "/staff/checkins/*/help", "/staff/checkins/*/help/**")
				.hasRole("CRISIS")
				// Closing a check-in stops the waves for everyone: officers only, as in the API.
				.requestMatchers(HttpMethod.POST, "/staff/checkins/*/close").hasRole("OFFICER")
				.requestMatchers("/staff/**").hasAnyRole(SecurityConfiguration.STAFF)
				.requestMatchers("/account/**").hasRole("CITIZEN")
				.anyRequest().permitAll())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(signInPages()))
			.formLogin(form -> form.loginPage("/staff/login")
				.defaultSuccessUrl("/staff", false)
				.failureUrl("/staff/login?error"))
			// Before every authentication filter, the OpenID Connect callback's included.
			.addFilterBefore(LoginThrottleFilter.forPages(throttle), LogoutFilter.class)
			.logout(logout -> logout
				.logoutRequestMatcher(new OrRequestMatcher(PATHS.matcher(HttpMethod.POST,
						"/staff/logout"), PATHS.matcher(HttpMethod.POST, "/account/signout")))
				.logoutSuccessHandler(new SignedOut()))
			// The session id changes at sign-in, so an id planted before it is worth nothing after. Sessions are
			// registered so that a staff account's can be ended when an administrator changes its access.
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
				.maximumSessions(-1)
				.sessionRegistry(sessions)
				.expiredUrl("/staff/login?expired"))
			// One-click unsubscribe (RFC 8058) is POSTed by mail providers, without a session: the signed token in
			// the link is what authorizes it.
			.csrf(csrf -> csrf.ignoringRequestMatchers(
					PATHS.matcher(HttpMethod.POST, "/unsubscribe/**")))
			.headers(headers -> headers(headers, properties))
			// Staff passkeys: the relying party is the bean below; Beacon's own pages (the account page, the sign-in
			// page) run the ceremonies with /js/passkeys.js, so Spring Security's generated page is off.
			.webAuthn(passkeys -> passkeys.disableDefaultRegistrationPage(true)
				.creationOptionsRepository(new RegistrationOptions(Clock.systemUTC())));
		if (oidcProviders.getIfAvailable() != null) {
			http.oauth2Login(oidc -> oidc.loginPage("/staff/login")
				.defaultSuccessUrl("/staff", false)
				.userInfoEndpoint(users -> users.oidcUserService(staffOidcUsers.getObject())));
		}
		return PasskeySignIn.complete(http.build(), http.getSharedObject(SessionAuthenticationStrategy.class), events);
	}

	/** Found by type by Spring Security's {@code webAuthn()}; the repositories are the staff feature's. */
	@Bean
	WebAuthnRelyingPartyOperations passkeyRelyingParty(PublicKeyCredentialUserEntityRepository users,
			UserCredentialRepository credentials, BeaconProperties beacon, Environment environment) {
		return new PasskeyRelyingParty(users, credentials, beacon.publicUrl(), environment);
	}

	/** A citizen's account asks for a sign-in link; everything else that needs signing in is staff's. */
	private static AuthenticationEntryPoint signInPages() {
		LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> pages = new LinkedHashMap<>();
		pages.put(PATHS.matcher("/account/**"), new LoginUrlAuthenticationEntryPoint("/signin"));
		DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(pages);
		entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/staff/login"));
		return entryPoint;
	}

	/**
	 * The sessions themselves, in PostgreSQL (Spring Session JDBC), indexed by who signed in: an account's sessions
	 * are found, and ended, whichever replica opened them.
	 */
	@Bean
	<S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers, PageSecurityProperties properties) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(properties.contentSecurityPolicy()))
			// Sign-in and verification links carry one-time tokens: no page may leak its address to another site.
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.frameOptions(frames -> frames.sameOrigin());
		if (properties.hsts()) {
			// Behind a TLS-terminating proxy the request itself may look like plain HTTP: send it on every answer.
			headers.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
				.includeSubDomains(true)
				.maxAgeInSeconds(properties.hstsMaxAge().toSeconds()));
		}
		else {
			headers.httpStrictTransportSecurity(hsts -> hsts.disable());
		}
	}
}

package org.beacon.platform.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Security of the browser pages.
 *
 * @param hsts send Strict-Transport-Security on every page (on in {@code prod}, where Beacon is served over HTTPS;
 * off on the embedded default, served over plain HTTP on localhost)
 * @param hstsMaxAge how long browsers remember to use HTTPS only
 * @param contentSecurityPolicy the CSP of every page: scripts and styles only from Beacon itself, none inline
 * @param loginAttempts failed staff sign-ins allowed per account within {@code loginWindow}, whichever way they came
 * (the sign-in form, the API's HTTP Basic); further attempts are refused until the bucket refills
 * @param loginAttemptsPerAddress failed sign-ins allowed per client address within {@code loginWindow}, on every way
 * in (the OpenID Connect callback too)
 * @param loginWindow the window of {@code loginAttempts} and {@code loginAttemptsPerAddress}
 */
@ConfigurationProperties("beacon.web")
@Validated
record PageSecurityProperties(@DefaultValue("false") boolean hsts,
		@DefaultValue("365d") @NotNull Duration hstsMaxAge,
		@DefaultValue("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
				+ "font-src 'self'; connect-src 'self'; frame-src 'self'; frame-ancestors 'self'; "
				+ "form-action 'self'; base-uri 'none'; object-src 'none'") @NotBlank String contentSecurityPolicy,
		@DefaultValue("5") @Min(1) int loginAttempts,
		@DefaultValue("50") @Min(1) int loginAttemptsPerAddress,
		@DefaultValue("15m") @NotNull Duration loginWindow) {
}

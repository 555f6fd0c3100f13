package org.beacon.platform.web;

import java.time.Duration;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The site's icon: an SVG, which every page links ({@code <link rel="icon" href="/favicon.svg">}), and the same
 * drawing as a small .ico at {@code /favicon.ico}, where browsers and feed readers look without a link. Both are
 * open to everyone and may be cached for a week: they change with a release, if ever.
 */
@RestController
@ConditionalOnRole(Role.API)
@Hidden
class Favicon {

	private static final CacheControl A_WEEK = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();

	private static final Resource SVG = new ClassPathResource("favicon.svg", Favicon.class);

	private static final Resource ICO = new ClassPathResource("favicon.ico", Favicon.class);

	@GetMapping("/favicon.svg")
	ResponseEntity<Resource> svg() {
		return ResponseEntity.ok().cacheControl(A_WEEK).contentType(MediaType.valueOf("image/svg+xml")).body(SVG);
	}

	@GetMapping("/favicon.ico")
	ResponseEntity<Resource> ico() {
		return ResponseEntity.ok().cacheControl(A_WEEK).contentType(MediaType.valueOf("image/x-icon")).body(ICO);
	}
}

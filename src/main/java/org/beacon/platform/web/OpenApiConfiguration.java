package org.beacon.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI description served at {@code /v3/api-docs}, with the staff sign-in scheme operations refer to. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI beaconApi() {
		return new OpenAPI()
			.info(new Info().title("Beacon API").version("v1")
				.description("Citizens enroll for alerts about the places they are in; embassy staff issue alerts "
						+ "and follow their delivery by SMS and email."))
			.components(new Components()
				.addSecuritySchemes("staff", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
					.description("Staff account"))
				.addSecuritySchemes("managementToken", new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer").description("The token returned at enrollment")));
	}
}

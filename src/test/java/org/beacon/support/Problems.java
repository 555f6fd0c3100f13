package org.beacon.support;

import static org.assertj.core.api.Assertions.assertThat;

/** What Beacon answers to a request it refuses for bad input. */
public final class Problems {

	private Problems() {
	}

	/** A 400 with an RFC 9457 problem+json body whose {@code errors} name {@code field}. */
	public static void assertInvalid(Api.Response response, String field) {
		assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body().get("errors").findValuesAsText("field")).as(response.body().toString())
			.contains(field);
	}
}

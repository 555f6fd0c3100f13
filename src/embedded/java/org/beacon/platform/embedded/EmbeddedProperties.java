package org.beacon.platform.embedded;

import java.nio.file.Path;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The in-process infrastructure of the embedded default. None of it starts in the {@code prod} profile.
 *
 * @param dataDir where the embedded PostgreSQL and Kafka keep their data, so it survives a restart
 * @param kafka the in-process Kafka broker (KRaft, one node acting as broker and controller)
 * @param postgres the embedded PostgreSQL server
 */
@Validated
@ConfigurationProperties("beacon.embedded")
public record EmbeddedProperties(@NotNull @DefaultValue("./data") Path dataDir, @Valid @DefaultValue Kafka kafka,
		@Valid @DefaultValue Postgres postgres) {

	public record Kafka(@DefaultValue("true") boolean enabled, @Min(1) @Max(65535) @DefaultValue("19092") int port,
			@Min(1) @Max(65535) @DefaultValue("19093") int controllerPort) {
	}

	/**
	 * @param port 0 picks a free port at each start
	 * @param sharedBuffers PostgreSQL's {@code shared_buffers}: its own cache. Its default (128MB) is smaller than
	 * the citizens' tables at a million citizens (about 450MB with their indexes), and an alert's audience walk then
	 * reads most pages through the kernel instead; memory is only used as pages are read
	 */
	public record Postgres(@DefaultValue("true") boolean enabled, @Min(0) @Max(65535) @DefaultValue("0") int port,
			@NotNull @Pattern(regexp = "[1-9][0-9]*(kB|MB|GB)", message = "must be a size such as 512MB")
			@DefaultValue("512MB") String sharedBuffers) {
	}
}

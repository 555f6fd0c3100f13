package org.beacon.delivery.email.ses;

import java.net.URI;
import java.time.Duration;

import org.beacon.delivery.DeliveryProperties;
import org.beacon.delivery.email.AlertMimeMessages;
import org.beacon.delivery.email.EmailSender;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.SesV2ClientBuilder;

/**
 * Amazon SES as an email provider, the {@link EmailSender} named {@code ses}: the email worker sends through it
 * whenever {@code beacon.delivery.routing.email} routes traffic to it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
@ConditionalOnRole(Role.EMAIL)
class SesConfiguration {

	/**
	 * The AWS SDK's SES client over the JDK's HTTP connection (kept alive between calls), making one attempt per call:
	 * the SDK would otherwise retry throttling and 5xx answers itself, sleeping on the worker's thread, where Beacon
	 * retries through its retry topics with backoff that holds no thread and counts every attempt. When
	 * {@code beacon.delivery.ses.endpoint} is set the calls go there instead of SES's regional endpoint (the sandbox,
	 * a test stub), signed and built alike.
	 */
	@Bean(destroyMethod = "close")
	SesV2Client sesV2Client(DeliveryProperties properties) {
		return client(properties.ses());
	}

	@Bean
	EmailSender sesEmailSender(SesV2Client sesV2Client, AlertMimeMessages messages, DeliveryProperties properties) {
		return new SesEmailSender(sesV2Client, messages, properties.ses().configurationSet());
	}

	static SesV2Client client(DeliveryProperties.Ses ses) {
		SesV2ClientBuilder builder = SesV2Client.builder()
			.httpClient(UrlConnectionHttpClient.builder()
				.connectionTimeout(Duration.ofMillis(ses.connectTimeoutMs()))
				.socketTimeout(Duration.ofMillis(ses.readTimeoutMs()))
				.build())
			.credentialsProvider(credentials(ses))
			.region(Region.of(ses.region()))
			.overrideConfiguration(override -> override.retryStrategy(AwsRetryStrategy.doNotRetry()));
		if (ses.endpoint() != null && !ses.endpoint().isBlank()) {
			builder.endpointOverride(URI.create(ses.endpoint()));
		}
		return builder.build();
	}

	/** The configured key, or when there is none the SDK's chain (environment, profile, instance or task role). */
	private static AwsCredentialsProvider credentials(DeliveryProperties.Ses ses) {
		if (ses.accessKeyId() == null || ses.accessKeyId().isBlank()) {
			return DefaultCredentialsProvider.builder().build();
		}
		return StaticCredentialsProvider.create(AwsBasicCredentials.create(ses.accessKeyId(), ses.secretAccessKey()));
	}
}

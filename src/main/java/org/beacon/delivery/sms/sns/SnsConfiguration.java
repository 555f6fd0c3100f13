package org.beacon.delivery.sms.sns;

import java.net.URI;
import java.time.Duration;

import org.beacon.delivery.DeliveryProperties;
import org.beacon.delivery.sms.SmsSender;
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
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.SnsClientBuilder;

/**
 * The SNS client and the {@link SmsSender} named {@code sns}: the SMS worker sends through it whenever
 * {@code beacon.delivery.routing.sms} routes traffic to it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
@ConditionalOnRole(Role.SMS)
class SnsConfiguration {

	@Bean(destroyMethod = "close")
	SnsClient snsClient(DeliveryProperties properties) {
		return client(properties.sns());
	}

	@Bean
	SmsSender snsSmsSender(SnsClient snsClient, DeliveryProperties properties) {
		return new SnsSmsSender(snsClient, properties.sns().senderId(), properties.sns().originationNumber());
	}

	/**
	 * The AWS SDK's SNS client on the JDK's HTTP client, with the settings' timeouts. It makes one call per attempt:
	 * the SDK would otherwise retry throttling and 5xx answers itself, sleeping on the consumer's thread; Beacon
	 * retries through its retry topics instead, with backoff that holds no thread, and counts every attempt in the
	 * ledger. When {@code endpoint} is set, every request goes there instead of AWS (the sandbox, a test stub): the SDK
	 * still builds, signs and parses real API calls.
	 */
	static SnsClient client(DeliveryProperties.Sns sns) {
		SnsClientBuilder builder = SnsClient.builder()
			.region(Region.of(sns.region()))
			.credentialsProvider(credentials(sns))
			.httpClientBuilder(UrlConnectionHttpClient.builder()
				.connectionTimeout(Duration.ofMillis(sns.connectTimeoutMs()))
				.socketTimeout(Duration.ofMillis(sns.readTimeoutMs())))
			.overrideConfiguration(override -> override.retryStrategy(AwsRetryStrategy.doNotRetry()));
		if (sns.endpoint() != null && !sns.endpoint().isBlank()) {
			builder.endpointOverride(URI.create(sns.endpoint()));
		}
		return builder.build();
	}

	/** The configured key, or when there is none the SDK's chain (environment, profile, instance or task role). */
	private static AwsCredentialsProvider credentials(DeliveryProperties.Sns sns) {
		if (sns.accessKeyId() == null || sns.accessKeyId().isBlank()) {
			return DefaultCredentialsProvider.builder().build();
		}
		return StaticCredentialsProvider.create(AwsBasicCredentials.create(sns.accessKeyId(), sns.secretAccessKey()));
	}
}

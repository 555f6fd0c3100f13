package org.beacon.delivery.sms.twilio;

import java.net.URI;

import org.apache.http.HttpHost;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.conn.routing.HttpRoute;
import org.apache.http.impl.client.HttpClientBuilder;
import org.beacon.delivery.DeliveryProperties;
import org.beacon.delivery.voice.VoiceCaller;
import org.beacon.delivery.SentMessages;
import org.beacon.delivery.sms.SmsSender;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.twilio.http.TwilioRestClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
@ConditionalOnRole(Role.SMS)
class TwilioConfiguration {

	/**
	 * The Twilio SDK's own client, with timeouts and a connection pool sized for many workers. When
	 * {@code beacon.delivery.twilio.api-url} is set, every request is routed to that host instead of api.twilio.com:
	 * the SDK builds and parses real API calls, only the destination changes (the sandbox, a test stub).
	 */
	@Bean
	TwilioRestClient twilioRestClient(DeliveryProperties properties) {
		DeliveryProperties.Twilio twilio = properties.twilio();
		HttpClientBuilder http = HttpClientBuilder.create()
			.setDefaultRequestConfig(RequestConfig.custom()
				.setConnectTimeout(twilio.connectTimeoutMs())
				.setConnectionRequestTimeout(twilio.connectTimeoutMs())
				.setSocketTimeout(twilio.readTimeoutMs())
				.build())
			.setMaxConnTotal(64)
			.setMaxConnPerRoute(64);
		if (twilio.apiUrl() != null && !twilio.apiUrl().isBlank()) {
			URI uri = URI.create(twilio.apiUrl());
			HttpHost target = new HttpHost(uri.getHost(), uri.getPort(), uri.getScheme());
			http.setRoutePlanner((host, request, context) -> new HttpRoute(target));
		}
		return new TwilioRestClient.Builder(twilio.accountSid(), twilio.authToken())
			.httpClient(new SingleAttemptHttpClient(http))
			.build();
	}

	@Bean
	SmsSender smsSender(TwilioRestClient client, DeliveryProperties properties) {
		return new TwilioSmsSender(client, properties.twilio().from(),
				URI.create(properties.twilio().webhookBaseUrl() + "/webhooks/twilio/status"));
	}

	/** Check-in calls, from {@code beacon.delivery.twilio.caller-id} (or the sender number). */
	@Bean
	VoiceCaller twilioVoiceCaller(TwilioRestClient client, DeliveryProperties properties) {
		return new TwilioVoiceCaller(client, properties.twilio().caller(), properties.twilio().webhookBaseUrl());
	}

	/** What Twilio took, asked when a worker died before recording Twilio's answer. */
	@Bean
	SentMessages twilioSentMessages(TwilioRestClient client) {
		return new TwilioSentMessages(client);
	}
}

package org.beacon.delivery.sms.twilio;

import org.apache.http.impl.client.HttpClientBuilder;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * The Twilio SDK's HTTP client, making one call per attempt. The SDK would otherwise retry 5xx answers itself,
 * sleeping on the consumer's thread; Beacon retries through its retry topics instead, with backoff that holds no
 * thread, and counts every attempt in the ledger.
 */
class SingleAttemptHttpClient extends NetworkHttpClient {

	private static final int[] NO_RETRY_CODES = {};

	/** The SDK counts the first call among its "retries". */
	private static final int ONE_CALL = 1;

	SingleAttemptHttpClient(HttpClientBuilder builder) {
		super(builder);
	}

	@Override
	public Response reliableRequest(Request request) {
		return reliableRequest(request, NO_RETRY_CODES, ONE_CALL, 0);
	}
}

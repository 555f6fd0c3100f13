package org.beacon.delivery.sms.sns;

import java.util.LinkedHashMap;
import java.util.Map;

import org.beacon.delivery.sms.SmsSender;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/**
 * Sends SMS with Amazon SNS through the AWS SDK: a {@code Publish} to the phone number, as a transactional SMS (SNS
 * then prefers reliability over cost), from the sender ID or origination number when one is configured.
 */
class SnsSmsSender implements SmsSender {

	static final String SMS_TYPE = "AWS.SNS.SMS.SMSType";

	static final String SENDER_ID = "AWS.SNS.SMS.SenderID";

	static final String ORIGINATION_NUMBER = "AWS.MM.SMS.OriginationNumber";

	private final SnsClient client;

	private final Map<String, MessageAttributeValue> attributes;

	/**
	 * @param senderId the alphanumeric sender ID; null or blank for none
	 * @param originationNumber the number or short code to send from; null or blank for SNS's choice
	 */
	SnsSmsSender(SnsClient client, String senderId, String originationNumber) {
		this.client = client;
		Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
		attributes.put(SMS_TYPE, text("Transactional"));
		if (senderId != null && !senderId.isBlank()) {
			attributes.put(SENDER_ID, text(senderId));
		}
		if (originationNumber != null && !originationNumber.isBlank()) {
			attributes.put(ORIGINATION_NUMBER, text(originationNumber));
		}
		this.attributes = Map.copyOf(attributes);
	}

	@Override
	public String provider() {
		return "sns";
	}

	@Override
	public String send(String to, String text) {
		PublishRequest request = PublishRequest.builder()
			.phoneNumber(to)
			.message(text)
			.messageAttributes(attributes)
			.build();
		try {
			return client.publish(request).messageId();
		}
		catch (AwsServiceException ex) {
			AwsErrorDetails details = ex.awsErrorDetails();
			throw SnsErrorCodes.failure(ex.statusCode(), details == null ? null : details.errorCode(),
					details == null || details.errorMessage() == null ? ex.getMessage() : details.errorMessage());
		}
		catch (SdkClientException ex) {
			throw SnsErrorCodes.unreachable(ex.getMessage(), ex);
		}
	}

	private static MessageAttributeValue text(String value) {
		return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
	}
}

package org.beacon.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.beacon.subscribers.Channel;
import org.beacon.subscribers.Recipient;
import org.junit.jupiter.api.Test;

class WaveAudienceTests {

	static final UUID BOTH = UUID.fromString("00000000-0000-4000-8000-000000000001");

	static final UUID PHONE_ONLY = UUID.fromString("00000000-0000-4000-8000-000000000002");

	static final UUID EMAIL_ONLY = UUID.fromString("00000000-0000-4000-8000-000000000003");

	static List<Recipient> reachable() {
		List<Recipient> ways = new ArrayList<>();
		for (Channel channel : List.of(Channel.EMAIL, Channel.SMS, Channel.VOICE)) {
			ways.add(new Recipient(BOTH, channel, channel == Channel.EMAIL ? "a@example.org" : "+22376000001", "en"));
		}
		ways.add(new Recipient(PHONE_ONLY, Channel.SMS, "+22376000002", "en"));
		ways.add(new Recipient(PHONE_ONLY, Channel.VOICE, "+22376000002", "en"));
		ways.add(new Recipient(EMAIL_ONLY, Channel.EMAIL, "c@example.org", "es"));
		return ways;
	}

	@Test
	void theSecondWaveAsksByEmailAndTheThirdCalls() {
		assertThat(WaveAudience.rung(reachable(), 2)).filteredOn(r -> r.subscriberId().equals(BOTH))
			.extracting(Recipient::channel).containsExactly(Channel.EMAIL);
		assertThat(WaveAudience.rung(reachable(), 3)).filteredOn(r -> r.subscriberId().equals(BOTH))
			.extracting(Recipient::channel).containsExactly(Channel.VOICE);
	}

	@Test
	void aCitizenWithoutTheWavesChannelIsAskedOnTheNextTheyHave() {
		assertThat(WaveAudience.rung(reachable(), 2)).filteredOn(r -> r.subscriberId().equals(PHONE_ONLY))
			.extracting(Recipient::channel).containsExactly(Channel.VOICE);
	}

	@Test
	void pastTheTopOfTheLadderACitizenIsAskedOnTheHighestChannelTheyHave() {
		assertThat(WaveAudience.rung(reachable(), 3)).filteredOn(r -> r.subscriberId().equals(EMAIL_ONLY))
			.extracting(Recipient::channel).containsExactly(Channel.EMAIL);
	}

	@Test
	void everyCitizenIsAskedOnceAWave() {
		assertThat(WaveAudience.rung(reachable(), 2)).extracting(Recipient::subscriberId)
			.containsExactly(BOTH, PHONE_ONLY, EMAIL_ONLY);
	}
}

package org.beacon.fanout;

import java.util.UUID;

import org.beacon.checkins.CheckIns;
import org.beacon.ledger.FanoutRuns;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Masking;
import org.beacon.platform.Role;
import org.beacon.platform.StageRetries;
import org.beacon.platform.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.DltHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code beacon.checkin.waves}: each record is a check-in's wave that fell due. The wave is fanned out like
 * an alert, under its own id ({@link AlertRecord#wave}), to the check-in's recipients who have not answered
 * ({@link WaveAudience}); running it again resumes it, as any fan-out resumes. A wave of a check-in that has closed
 * meanwhile asks nobody; one whose check-in is still being fanned out waits for it, through the retries.
 */
@Component
@ConditionalOnRole(Role.FANOUT)
class WavesListener {

	private static final Logger log = LoggerFactory.getLogger(WavesListener.class);

	/** The fan-out's own reading of a {@code CheckInWaveDue} record. */
	record WaveRecord(String type, int schemaVersion, UUID checkInId, int wave, UUID waveId) {
	}

	private final FanOut fanOut;

	private final AlertRecords alerts;

	private final FanoutRuns runs;

	private final CheckIns checkIns;

	WavesListener(FanOut fanOut, AlertRecords alerts, FanoutRuns runs, CheckIns checkIns) {
		this.fanOut = fanOut;
		this.alerts = alerts;
		this.runs = runs;
		this.checkIns = checkIns;
	}

	@StageRetries(attempts = "${beacon.fanout.attempts:5}")
	@KafkaListener(id = "checkin-waves", groupId = "beacon-checkin-waves", topics = Topics.CHECKIN_WAVES)
	void on(WaveRecord wave) throws Exception {
		if (!checkIns.open(wave.checkInId())) {
			log.info("Check-in {} closed before its wave {}: nobody is asked again", wave.checkInId(), wave.wave());
			return;
		}
		if (!runs.complete(wave.checkInId())) {
			throw new IllegalStateException("Check-in " + wave.checkInId() + " is still being fanned out");
		}
		AlertRecord checkIn = alerts.of(wave.checkInId())
			.orElseThrow(() -> new IllegalStateException("No fan-out record of check-in " + wave.checkInId()));
		fanOut.run(checkIn.wave(wave.wave(), wave.waveId()));
	}

	@DltHandler
	void dead(WaveRecord wave, @Header(name = KafkaHeaders.EXCEPTION_MESSAGE, required = false) String reason) {
		log.error("Wave {} of check-in {} failed after all retries: {}", wave.wave(), wave.checkInId(),
				Masking.line(reason == null ? "no reason given" : reason));
		runs.failed(wave.waveId(), reason == null ? "wave failed after all retries" : reason);
	}
}

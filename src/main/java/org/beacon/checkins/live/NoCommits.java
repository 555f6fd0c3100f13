package org.beacon.checkins.live;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.springframework.kafka.config.ContainerPostProcessor;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.ContainerProperties.AssignmentCommitOption;
import org.springframework.stereotype.Component;

/**
 * Makes a listener's container commit no offsets: it acknowledges manually, and its listener never does; nor is the
 * starting position committed when partitions are assigned. For a consumer group that lives as long as its process
 * and starts from the newest record, where a committed offset is never read again.
 */
@Component(NoCommits.BEAN)
@ConditionalOnRole(Role.API)
class NoCommits implements ContainerPostProcessor<Object, Object, AbstractMessageListenerContainer<Object, Object>> {

	static final String BEAN = "checkinLiveNoCommits";

	@Override
	public void postProcess(AbstractMessageListenerContainer<Object, Object> container) {
		container.getContainerProperties().setAckMode(AckMode.MANUAL);
		container.getContainerProperties().setAssignmentCommitOption(AssignmentCommitOption.NEVER);
	}
}

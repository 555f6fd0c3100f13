package org.beacon.delivery;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.beacon.subscribers.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A circuit breaker per provider (Resilience4j). When most recent calls to a provider failed transiently (it is
 * down, or throttling hard), the breaker opens and workers stop calling it: they wait, without claiming anything,
 * so the backlog stays in Kafka and no retry attempt is spent on a provider known to be down. After a pause a few
 * trial calls decide whether it is back.
 */
@Component
public class ProviderCircuits {

	private static final Logger log = LoggerFactory.getLogger(ProviderCircuits.class);

	private final Map<Channel, CircuitBreaker> breakers = new ConcurrentHashMap<>();

	private final DeliveryProperties.Circuit settings;

	private final MeterRegistry meters;

	ProviderCircuits(DeliveryProperties properties, MeterRegistry meters) {
		this.settings = properties.circuit();
		this.meters = meters;
	}

	/**
	 * Waits, up to the configured limit, while the channel's breaker is open. The worker holds its record meanwhile,
	 * so the backlog waits in Kafka rather than spending retry attempts on a provider known to be down.
	 *
	 * @throws DeliveryFailure transient, when the breaker stayed open for the whole wait
	 */
	void awaitClosed(Channel channel) {
		long deadline = System.nanoTime() + settings.maxWait().toNanos();
		while (isOpen(channel)) {
			if (System.nanoTime() > deadline) {
				throw DeliveryFailure.local(channel, "circuit-open",
						"the provider kept failing; calls stayed paused for " + settings.maxWait(), null);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw DeliveryFailure.local(channel, "interrupted", "worker stopping", ex);
			}
		}
	}

	/**
	 * Reserves a call if the channel's breaker lets one through now, without waiting: a batch already claimed does
	 * not hold its rows while the breaker is open.
	 */
	Optional<Permit> tryPermit(Channel channel) {
		CircuitBreaker breaker = breakers.computeIfAbsent(channel, this::breaker);
		return breaker.tryAcquirePermission() ? Optional.of(new Permit(breaker, System.nanoTime()))
				: Optional.empty();
	}

	/** Whether the channel's breaker is open: calls are paused until its trial calls. */
	boolean isOpen(Channel channel) {
		return breakers.computeIfAbsent(channel, this::breaker).getState() == CircuitBreaker.State.OPEN;
	}

	/** One call let through by a breaker; the caller reports how it went. */
	record Permit(CircuitBreaker breaker, long started) {

		void answered() {
			breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
		}

		void failed(Throwable failure) {
			breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, failure);
		}
	}

	/** Closes every breaker and forgets the calls it counted. */
	public void reset() {
		breakers.values().forEach(CircuitBreaker::reset);
	}

	/** The breaker's state, for tests and operators. */
	public CircuitBreaker.State state(Channel channel) {
		return breakers.computeIfAbsent(channel, this::breaker).getState();
	}

	private CircuitBreaker breaker(Channel channel) {
		CircuitBreaker breaker = CircuitBreaker.of(channel.name(), CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(settings.window())
			.minimumNumberOfCalls(settings.minimumCalls())
			.failureRateThreshold(settings.failureRatePercent())
			.waitDurationInOpenState(settings.openFor())
			.permittedNumberOfCallsInHalfOpenState(settings.trialCalls())
			.automaticTransitionFromOpenToHalfOpenEnabled(true)
			// A provider that refuses one message (an invalid number) is up and answering.
			.recordException(ex -> !(ex instanceof DeliveryFailure failure && failure.permanent()))
			.build());
		breaker.getEventPublisher().onStateTransition(event -> {
			log.warn("{} provider circuit {}", channel, event.getStateTransition());
			meters.counter("beacon.provider.circuit", "channel", channel.name(), "to",
					event.getStateTransition().getToState().name()).increment();
		});
		return breaker;
	}

}

package org.beacon.delivery;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A circuit breaker per provider (Resilience4j). When most recent calls to a provider failed transiently (it is
 * down, or throttling hard) or were slow, the breaker opens and {@link ProviderRouting} sends that provider's traffic
 * to the next one. After a pause a few trial calls decide whether it is back. The state of each breaker is the gauge
 * {@code beacon.provider.circuit.state} (0 closed, 1 half-open, 2 open) by provider; its transitions are counted in
 * {@code beacon.provider.circuit}.
 */
@Component
public class ProviderCircuits {

	private static final Logger log = LoggerFactory.getLogger(ProviderCircuits.class);

	private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

	private final DeliveryProperties.Circuit settings;

	private final MeterRegistry meters;

	ProviderCircuits(DeliveryProperties properties, MeterRegistry meters) {
		this.settings = properties.circuit();
		this.meters = meters;
	}

	/**
	 * Reserves a call if the provider's breaker lets one through now, without waiting: a batch already claimed does
	 * not hold its rows while the breaker is open.
	 */
	Optional<Permit> tryPermit(String provider) {
		CircuitBreaker breaker = breaker(provider);
		return breaker.tryAcquirePermission() ? Optional.of(new Permit(breaker, System.nanoTime()))
				: Optional.empty();
	}

	/** Whether the provider's breaker is open: calls are paused until its trial calls. */
	boolean isOpen(String provider) {
		return state(provider) == CircuitBreaker.State.OPEN;
	}

	/** One call let through by a breaker; the caller reports how it went. */
	record Permit(CircuitBreaker breaker, long started) {

		/**
		 * The provider answered the call, for some messages at least: it is up, whatever it thought of them.
		 *
		 * @param messages how many messages the call sent, one after another: the breaker judges the time of one
		 */
		void answered(int messages) {
			breaker.onSuccess((System.nanoTime() - started) / Math.max(1, messages), TimeUnit.NANOSECONDS);
		}

		void failed(Throwable failure) {
			breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, failure);
		}

		/** The call was not made after all (the chunk was empty): the permit is given back. */
		void unused() {
			breaker.releasePermission();
		}
	}

	/** Closes every breaker and forgets the calls it counted. */
	public void reset() {
		breakers.values().forEach(CircuitBreaker::reset);
	}

	/** The provider's breaker's state, for tests and operators. */
	public CircuitBreaker.State state(String provider) {
		return breaker(provider).getState();
	}

	private CircuitBreaker breaker(String provider) {
		return breakers.computeIfAbsent(provider, this::create);
	}

	private CircuitBreaker create(String provider) {
		CircuitBreaker breaker = CircuitBreaker.of(provider, CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(settings.window())
			.minimumNumberOfCalls(settings.minimumCalls())
			.failureRateThreshold(settings.failureRatePercent())
			.slowCallDurationThreshold(settings.slowMessage())
			.slowCallRateThreshold(settings.slowRatePercent())
			.waitDurationInOpenState(settings.openFor())
			.permittedNumberOfCallsInHalfOpenState(settings.trialCalls())
			.automaticTransitionFromOpenToHalfOpenEnabled(true)
			// A provider that refuses one message (an invalid number) is up and answering.
			.recordException(ex -> !(ex instanceof DeliveryFailure failure && failure.permanent()))
			.build());
		breaker.getEventPublisher().onStateTransition(event -> {
			log.warn("Provider {} circuit {}", provider, event.getStateTransition());
			meters.counter("beacon.provider.circuit", "provider", provider, "to",
					event.getStateTransition().getToState().name()).increment();
		});
		Gauge.builder("beacon.provider.circuit.state", breaker, ProviderCircuits::level)
			.tag("provider", provider)
			.description("0 closed, 1 half-open, 2 open")
			.register(meters);
		return breaker;
	}

	private static double level(CircuitBreaker breaker) {
		return switch (breaker.getState()) {
			case CLOSED, DISABLED, METRICS_ONLY -> 0;
			case HALF_OPEN -> 1;
			case OPEN, FORCED_OPEN -> 2;
		};
	}
}

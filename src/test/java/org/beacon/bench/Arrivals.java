package org.beacon.bench;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the stubs received, counted per recipient: recipients {@code 0..n-1} are the alert's audience, recipient
 * {@code n} is the probe citizen whose urgent alerts measure the time to the first provider call.
 */
final class Arrivals {

	enum Channel {
		SMS, EMAIL
	}

	private final int n;

	private final AtomicIntegerArray sms;

	private final AtomicIntegerArray email;

	final AtomicLong received = new AtomicLong();

	final AtomicLong first = new AtomicLong();

	final AtomicLong last = new AtomicLong();

	final AtomicLong probe = new AtomicLong();

	Arrivals(int n) {
		this.n = n;
		this.sms = new AtomicIntegerArray(n);
		this.email = new AtomicIntegerArray(n);
	}

	void arrived(Channel channel, int index) {
		long now = System.nanoTime();
		if (index == n) {
			probe.compareAndSet(0, now);
			return;
		}
		if (index < 0 || index > n) {
			return;
		}
		(channel == Channel.SMS ? sms : email).incrementAndGet(index);
		received.incrementAndGet();
		first.compareAndSet(0, now);
		last.set(now);
	}

	/** Recipient and channel pairs that received nothing. */
	long lost() {
		return missing(sms) + missing(email);
	}

	/** Messages beyond the first for a recipient and channel. */
	long duplicates() {
		return extra(sms) + extra(email);
	}

	private static long missing(AtomicIntegerArray counts) {
		long missing = 0;
		for (int i = 0; i < counts.length(); i++) {
			missing += counts.get(i) == 0 ? 1 : 0;
		}
		return missing;
	}

	private static long extra(AtomicIntegerArray counts) {
		long extra = 0;
		for (int i = 0; i < counts.length(); i++) {
			extra += Math.max(0, counts.get(i) - 1);
		}
		return extra;
	}

	/** The recipient index in a bench phone number ({@code +2237} and seven digits) or address ({@code c<i>@...}). */
	static int indexOfPhone(String phone) {
		return phone != null && phone.startsWith("+2237") ? Integer.parseInt(phone.substring(5)) : -1;
	}

	static int indexOfEmail(String address) {
		int at = address.indexOf('@');
		int start = address.indexOf('c');
		return start >= 0 && at > start ? Integer.parseInt(address.substring(start + 1, at)) : -1;
	}

	static String phone(int index) {
		return "+2237" + String.format("%07d", index);
	}

	static String email(int index) {
		return "c" + index + "@bench.example";
	}
}

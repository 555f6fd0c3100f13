package org.beacon.checkins.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

import org.beacon.checkins.CheckInView;
import org.beacon.checkins.CheckInView.TimelinePoint;

/**
 * The chart of a check-in's answers over time as inline SVG draws it: one step line for the safe, one for those who
 * need help, from the opening to now (or the end), in a box of {@link #WIDTH} × {@link #HEIGHT}. Computed here, once,
 * both for the page the server renders and for each live update, so that the page's script only sets the points.
 *
 * @param max the count at the top of the chart (at least 1)
 * @param safe the SVG {@code points} of the safe line
 * @param needHelp the SVG {@code points} of the need-help line
 */
public record AnswerChart(long max, String safe, String needHelp, Instant from, Instant until) {

	public static final int WIDTH = 600;

	public static final int HEIGHT = 200;

	public static AnswerChart of(CheckInView checkIn) {
		List<TimelinePoint> points = checkIn.timeline().points();
		Instant from = checkIn.openedAt();
		Instant until = checkIn.timeline().until();
		long max = Math.max(1, points.stream().mapToLong(p -> Math.max(p.safe(), p.needHelp())).max().orElse(0));
		double span = Math.max(1, Duration.between(from, until).toMillis());
		return new AnswerChart(max, line(points, TimelinePoint::safe, from, span, max),
				line(points, TimelinePoint::needHelp, from, span, max), from, until);
	}

	private static String line(List<TimelinePoint> points, ToLongFunction<TimelinePoint> count, Instant from,
			double span, long max) {
		StringBuilder line = new StringBuilder(point(0, 0, max));
		long previous = 0;
		for (TimelinePoint point : points) {
			double x = Math.min(WIDTH, Math.max(0, Duration.between(from, point.at()).toMillis() * WIDTH / span));
			long value = count.applyAsLong(point);
			line.append(' ').append(point(x, previous, max)).append(' ').append(point(x, value, max));
			previous = value;
		}
		return line.append(' ').append(point(WIDTH, previous, max)).toString();
	}

	private static String point(double x, long value, long max) {
		return String.format(Locale.ROOT, "%.1f,%.1f", x, HEIGHT - (double) value * HEIGHT / max);
	}
}

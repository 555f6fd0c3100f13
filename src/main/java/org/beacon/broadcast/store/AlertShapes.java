package org.beacon.broadcast.store;

import java.util.List;
import java.util.stream.Stream;

import org.beacon.broadcast.IssueAlertRequest;
import org.beacon.geography.Circle;
import org.beacon.geography.Polygon;
import org.beacon.geography.Shape;

/** The circles and polygons that narrow an alert's area; both empty for most alerts. */
public record AlertShapes(List<Circle> circles, List<Polygon> polygons) {

	public AlertShapes {
		circles = circles == null ? List.of() : List.copyOf(circles);
		polygons = polygons == null ? List.of() : List.copyOf(polygons);
	}

	public static AlertShapes none() {
		return new AlertShapes(List.of(), List.of());
	}

	public static AlertShapes of(IssueAlertRequest.Area area) {
		return new AlertShapes(
				area.circles().stream().map(c -> new Circle(c.lat(), c.lon(), c.radiusKm())).toList(),
				area.polygons().stream()
					.map(points -> new Polygon(
							points.stream().map(p -> new Polygon.Point(p.lat(), p.lon())).toList()))
					.toList());
	}

	boolean isEmpty() {
		return circles.isEmpty() && polygons.isEmpty();
	}

	public List<Shape> all() {
		return Stream.concat(circles.stream().map(Shape.class::cast),
				polygons.stream().map(Shape.class::cast)).toList();
	}

	public IssueAlertRequest.Area area(List<String> countries, List<String> regions) {
		return new IssueAlertRequest.Area(countries, regions,
				circles.stream().map(c -> new IssueAlertRequest.CircleArea(c.lat(), c.lon(), c.radiusKm())).toList(),
				polygons.stream()
					.map(p -> p.points().stream().map(pt -> new IssueAlertRequest.Point(pt.lat(), pt.lon())).toList())
					.toList());
	}
}

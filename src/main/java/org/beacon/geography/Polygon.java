package org.beacon.geography;

import java.util.List;

/**
 * A polygon given by its corners in order (as in CAP: the ring may repeat its first point at the end). Containment
 * is tested on the plane of latitude and longitude, which is what CAP means and is exact enough at the scale of a
 * city or a province; polygons crossing the antimeridian are not supported.
 */
public record Polygon(List<Point> points) implements Shape {

	public record Point(double lat, double lon) {
	}

	public Polygon {
		points = List.copyOf(points);
	}

	/** Ray casting: a point is inside when a ray from it crosses the boundary an odd number of times. */
	@Override
	public boolean contains(double lat, double lon) {
		boolean inside = false;
		for (int i = 0, j = points.size() - 1; i < points.size(); j = i++) {
			Point a = points.get(i);
			Point b = points.get(j);
			if ((a.lat() > lat) != (b.lat() > lat)
					&& lon < (b.lon() - a.lon()) * (lat - a.lat()) / (b.lat() - a.lat()) + a.lon()) {
				inside = !inside;
			}
		}
		return inside;
	}
}

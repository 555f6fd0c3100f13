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

	/**
	 * How thick the polygon is, in km: twice its area over its perimeter, which for a circle is its radius. A polygon
	 * as thin as a street or as small as a house is thinner than any sensible circle, however long it is. Measured on
	 * a plane tangent at the polygon's mean latitude (exact enough at the scale of a city or a province).
	 */
	public double thicknessKm() {
		double meanLat = points.stream().mapToDouble(Point::lat).average().orElse(0);
		double kmPerLon = 111.320 * Math.cos(Math.toRadians(meanLat));
		double kmPerLat = 110.574;
		double twiceArea = 0;
		double perimeter = 0;
		for (int i = 0, j = points.size() - 1; i < points.size(); j = i++) {
			double xi = points.get(i).lon() * kmPerLon;
			double yi = points.get(i).lat() * kmPerLat;
			double xj = points.get(j).lon() * kmPerLon;
			double yj = points.get(j).lat() * kmPerLat;
			twiceArea += xj * yi - xi * yj;
			perimeter += Math.hypot(xi - xj, yi - yj);
		}
		return perimeter == 0 ? 0 : Math.abs(twiceArea) / perimeter;
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

package org.beacon.geography;

/**
 * A circle on the Earth's surface.
 *
 * @param radiusKm radius in kilometres
 */
public record Circle(double lat, double lon, double radiusKm) implements Shape {

	private static final double EARTH_RADIUS_KM = 6371.0088;

	@Override
	public boolean contains(double pointLat, double pointLon) {
		return distanceKm(lat, lon, pointLat, pointLon) <= radiusKm;
	}

	/** Great-circle distance (haversine). */
	public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}
}

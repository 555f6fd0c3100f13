package org.beacon.geography;

/** An area drawn on the map, matched against the points citizens gave. */
public sealed interface Shape permits Circle, Polygon {

	boolean contains(double lat, double lon);
}

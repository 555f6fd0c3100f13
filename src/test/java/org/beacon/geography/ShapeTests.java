package org.beacon.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.beacon.geography.Polygon.Point;
import org.junit.jupiter.api.Test;

class ShapeTests {

	// Bamako (12.64, -8.00) and Mopti (14.49, -4.20) are about 460 km apart.
	@Test
	void aCircleContainsPointsWithinItsRadius() {
		Circle bamako = new Circle(12.6392, -8.0029, 50);
		assertThat(bamako.contains(12.65, -7.98)).isTrue();
		assertThat(bamako.contains(14.4843, -4.1827)).isFalse();
		assertThat(Circle.distanceKm(12.6392, -8.0029, 14.4843, -4.1827)).isBetween(440.0, 480.0);
	}

	@Test
	void aPolygonContainsPointsInsideItsRing() {
		Polygon mopti = new Polygon(List.of(new Point(14.0, -4.8), new Point(14.0, -3.6), new Point(15.0, -3.6),
				new Point(15.0, -4.8), new Point(14.0, -4.8)));
		assertThat(mopti.contains(14.4843, -4.1827)).isTrue();
		assertThat(mopti.contains(12.6392, -8.0029)).isFalse();
	}

	@Test
	void aConcavePolygonExcludesItsNotch() {
		Polygon u = new Polygon(List.of(new Point(0, 0), new Point(0, 3), new Point(3, 3), new Point(3, 2),
				new Point(1, 2), new Point(1, 1), new Point(3, 1), new Point(3, 0)));
		assertThat(u.contains(0.5, 1.5)).isTrue();
		assertThat(u.contains(2, 1.5)).isFalse();
	}

	@Test
	void aPolygonIsAsThickAsTheRadiusOfACircleWithTheSameAreaToPerimeter() {
		// A square of 0.018 degrees of latitude (about 2 km) at the equator: 2 x 4 km2 / 8 km = 1 km.
		Polygon square = new Polygon(List.of(new Point(0, 0), new Point(0, 0.017966), new Point(0.018087, 0.017966),
				new Point(0.018087, 0)));
		Polygon strip = new Polygon(List.of(new Point(0, 0), new Point(0, 1), new Point(0.0002, 1), new Point(0.0002, 0)));

		assertThat(square.thicknessKm()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
		assertThat(strip.thicknessKm()).as("111 km long, 22 m wide").isLessThan(0.03);
	}
}

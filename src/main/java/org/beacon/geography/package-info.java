/**
 * Places: countries (ISO 3166-1), their regions (ISO 3166-2), the FIPS 10-4 codes of the advisory feed, the shapes
 * alerts are drawn with (circles and polygons, with the arithmetic of their areas), and the IANA time zone of each
 * country and of the regions of countries with several ({@code zones.tsv}, generated from the tz database's
 * {@code zone.tab} by {@code src/build/zones/generate.js}). Reference data read from resources at start; it keeps no
 * state, knows no citizen and depends on no other module.
 */
package org.beacon.geography;

/**
 * Places: countries (ISO 3166-1), their regions (ISO 3166-2), the FIPS 10-4 codes of the advisory feed, and the shapes
 * alerts are drawn with (circles and polygons, with the arithmetic of their areas). Reference data read from
 * resources at start; it keeps no state, knows no citizen and depends on no other module.
 */
package org.beacon.geography;

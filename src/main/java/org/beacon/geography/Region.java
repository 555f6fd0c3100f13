package org.beacon.geography;

/**
 * An ISO 3166-2 subdivision.
 *
 * @param code the full code, such as {@code ML-5} (Mopti) or {@code ML-BKO} (Bamako)
 * @param country the ISO 3166-1 alpha-2 code of its country
 * @param type what the country calls it (Region, District, Province...)
 */
public record Region(String code, String country, String type, String name) {
}

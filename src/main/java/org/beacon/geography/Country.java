package org.beacon.geography;

/** An ISO 3166-1 country or territory, identified by its alpha-2 code. */
public record Country(String code, String alpha3, String name) {
}

package org.beacon.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.TimeZone.SystemTimeZoneType;

/**
 * The shipped time zone table ({@code zones.tsv}, generated from IANA's zone.tab) agrees with ICU4J's zone data (CLDR's
 * reading of the same database): each zone lies in its country, every country with a zone has one, a country with one
 * zone has exactly that one, and the JDK knows every zone.
 */
class ZoneTableTests {

	record Row(String country, String region, String zone) {
	}

	static final List<Row> ROWS = rows();

	final Geography geography = new Geography();

	@Test
	void everyZoneTheJdkKnowsIsOneIcuPlacesInTheRowsCountry() {
		List<Row> known = ROWS.stream().filter(row -> ZoneId.getAvailableZoneIds().contains(row.zone())).toList();

		assertThat(ROWS.size() - known.size()).as("zones newer than the JDK's tz data").isLessThan(5);
		assertThat(known).hasSizeGreaterThan(240).allSatisfy(row -> {
			// A region that is a country of its own in ISO 3166-1 (US-PR, Puerto Rico) lies in that country's zone.
			Set<String> countries = row.region().isEmpty() ? Set.of(row.country())
					: Set.of(row.country(), row.region().substring(3));
			assertThat(countries).as(row.toString()).contains(TimeZone.getRegion(row.zone()));
		});
	}

	@Test
	void everyCountryIcuKnowsZonesOfHasItsOwnRowAndNoOtherCountryHasOne() {
		Set<String> withZones = geography.countries().stream()
			.map(Country::code)
			.filter(code -> !icuZones(code).isEmpty())
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> inTable = ROWS.stream().filter(row -> row.region().isEmpty()).map(Row::country)
			.collect(Collectors.toCollection(TreeSet::new));

		assertThat(inTable).isEqualTo(withZones);
	}

	@Test
	void aCountryWithOneZoneHasThatZone() {
		List<Row> single = ROWS.stream().filter(row -> row.region().isEmpty() && icuZones(row.country()).size() == 1)
			.toList();

		assertThat(single).hasSizeGreaterThan(150).allSatisfy(row -> assertThat(TimeZone.getCanonicalID(row.zone()))
			.as(row.toString()).isEqualTo(icuZones(row.country()).get(0)));
	}

	@Test
	void regionsAreGivenOnlyForCountriesWithSeveralZonesAndAreKnownRegionsOfTheirCountry() {
		List<Row> regions = ROWS.stream().filter(row -> !row.region().isEmpty()).toList();

		assertThat(regions).allSatisfy(row -> {
			assertThat(icuZones(row.country())).as(row.toString()).hasSizeGreaterThan(1);
			assertThat(geography.region(row.region())).as(row.toString()).hasValueSatisfying(
					region -> assertThat(region.country()).isEqualTo(row.country()));
		});
		assertThat(regions.stream().map(Row::country).distinct())
			.as("the big countries with several zones have their regions' zones")
			.contains("US", "CA", "AU", "BR", "RU", "MX", "ID");
	}

	@Test
	void aPlaceIsInItsRegionsZoneOrElseItsCountrys() {
		assertThat(geography.zoneOf("us", "us-ca")).contains(ZoneId.of("America/Los_Angeles"));
		assertThat(geography.zoneOf("US", "US-PR")).contains(ZoneId.of("America/Puerto_Rico"));
		assertThat(geography.zoneOf("AU", "AU-WA")).contains(ZoneId.of("Australia/Perth"));
		assertThat(geography.zoneOf("RU", "RU-KAM")).contains(ZoneId.of("Asia/Kamchatka"));
		assertThat(geography.zoneOf("US", null)).contains(ZoneId.of("America/New_York"));
		assertThat(geography.zoneOf("JP", "JP-13")).contains(ZoneId.of("Asia/Tokyo"));
		assertThat(geography.zoneOf("ML", null)).contains(ZoneId.of("Africa/Bamako"));
		assertThat(geography.zoneOf("BV", null)).isEmpty();
		assertThat(geography.zoneOf("ZZ", null)).isEmpty();
	}

	@Test
	void aRegionWhoseZoneIsNewerThanTheJdksDataHasItsCountrysZone() {
		List<Row> unknown = ROWS.stream()
			.filter(row -> !row.region().isEmpty() && !ZoneId.getAvailableZoneIds().contains(row.zone()))
			.toList();

		assertThat(unknown).allSatisfy(row -> assertThat(geography.zoneOf(row.country(), row.region()))
			.isEqualTo(geography.zoneOf(row.country(), null)));
	}

	/** ICU's zones of the country, one per location (CLDR's canonical ids), in ICU's order. */
	static List<String> icuZones(String country) {
		return List.copyOf(TimeZone.getAvailableIDs(SystemTimeZoneType.CANONICAL_LOCATION, country, null));
	}

	private static List<Row> rows() {
		try (InputStream in = Geography.class.getResourceAsStream("zones.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.startsWith("#") && !line.isBlank())
				.map(line -> line.split("\t", -1))
				.map(f -> new Row(f[0], f[1], f[2]))
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}

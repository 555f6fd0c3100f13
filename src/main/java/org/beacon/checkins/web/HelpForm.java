package org.beacon.checkins.web;

import org.beacon.platform.MultilineText;

/**
 * What the "I need help" page's form holds, exactly as typed, so that on an error the page comes back with every
 * value in place. Every field may stay empty. Mutable, as Spring's data binding wants.
 */
public class HelpForm {

	@MultilineText
	private String need;

	private String people;

	private String lat;

	private String lon;

	private String phone;

	public String getNeed() {
		return need;
	}

	public void setNeed(String need) {
		this.need = need;
	}

	public String getPeople() {
		return people;
	}

	public void setPeople(String people) {
		this.people = people;
	}

	public String getLat() {
		return lat;
	}

	public void setLat(String lat) {
		this.lat = lat;
	}

	public String getLon() {
		return lon;
	}

	public void setLon(String lon) {
		this.lon = lon;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}
}

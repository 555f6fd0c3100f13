package org.beacon.subscribers.web;

/** Which place of the form a button named, as the button sent it. */
final class PlaceIndex {

	private PlaceIndex() {
	}

	/** @return the index of one of the form's places, or -1 for a value that names none (a forged form) */
	static int of(String value, EnrollForm form) {
		try {
			int index = Integer.parseInt(value.trim());
			return index >= 0 && index < form.getPlaces().size() ? index : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}
}

package org.mentorship.dsl.values;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The zone people mean by the abbreviations they see on clocks and in e-mail signatures ("JST", "PST", "CEST"),
 * which are no names of the IANA database that calendars need. An edit distance cannot find these: "JST" is two
 * letters from "CET" and means Tokyo. Where an abbreviation is used in several countries, the zone named is that of
 * its largest city; the message says "did you mean", so the writer still decides. Abbreviations the database itself
 * knows ("CET", "EST", "UTC", "GMT") are valid zones and never get here.
 */
public final class ZoneAbbreviations {

	private static final Map<String, String> ZONES = Map.ofEntries(
			Map.entry("JST", "Asia/Tokyo"), Map.entry("KST", "Asia/Seoul"), Map.entry("IST", "Asia/Kolkata"),
			Map.entry("PKT", "Asia/Karachi"), Map.entry("ICT", "Asia/Bangkok"), Map.entry("WIB", "Asia/Jakarta"),
			Map.entry("SGT", "Asia/Singapore"), Map.entry("HKT", "Asia/Hong_Kong"), Map.entry("PHT", "Asia/Manila"),
			Map.entry("GST", "Asia/Dubai"), Map.entry("CST", "America/Chicago"), Map.entry("CDT", "America/Chicago"),
			Map.entry("EDT", "America/New_York"), Map.entry("MDT", "America/Denver"), Map.entry("PST", "America/Los_Angeles"),
			Map.entry("PDT", "America/Los_Angeles"), Map.entry("AKST", "America/Anchorage"),
			Map.entry("AKDT", "America/Anchorage"), Map.entry("BRT", "America/Sao_Paulo"),
			Map.entry("ART", "America/Argentina/Buenos_Aires"), Map.entry("BST", "Europe/London"),
			Map.entry("CEST", "Europe/Berlin"), Map.entry("EEST", "Europe/Athens"), Map.entry("WEST", "Europe/Lisbon"),
			Map.entry("MSK", "Europe/Moscow"), Map.entry("SAST", "Africa/Johannesburg"), Map.entry("WAT", "Africa/Lagos"),
			Map.entry("EAT", "Africa/Nairobi"), Map.entry("CAT", "Africa/Maputo"), Map.entry("AEST", "Australia/Sydney"),
			Map.entry("AEDT", "Australia/Sydney"), Map.entry("ACST", "Australia/Adelaide"),
			Map.entry("AWST", "Australia/Perth"), Map.entry("NZST", "Pacific/Auckland"), Map.entry("NZDT", "Pacific/Auckland"));

	private ZoneAbbreviations() {
	}

	/** The IANA zone an abbreviation such as "JST" or "pst" stands for, if it is a common one. */
	public static Optional<String> zoneFor(String written) {
		return Optional.ofNullable(ZONES.get(written.strip().toUpperCase(Locale.ROOT)));
	}
}

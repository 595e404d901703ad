package se.kommunkollen.importer.read;

import java.util.HashSet;
import java.util.Set;

import se.kommunkollen.municipality.MunicipalityDirectory;

/**
 * Keys derived from content ("Mål 21" gives "mal-21", "7.1 Resultaträkning" gives
 * "7-1-resultatrakning"), unique among the records of one kind: a repeated key gets "-2",
 * "-3".
 */
public final class Keys {

	private static final int MAX_LENGTH = 80;

	private final Set<String> used = new HashSet<>();

	public String unique(String text) {
		String base = slug(text);
		if (base.isEmpty()) {
			base = "utan-namn";
		}
		String key = base;
		for (int n = 2; !this.used.add(key); n++) {
			key = base + "-" + n;
		}
		return key;
	}

	public static String slug(String text) {
		String slug = MunicipalityDirectory.slug(text);
		if (slug.length() <= MAX_LENGTH) {
			return slug;
		}
		String cut = slug.substring(0, MAX_LENGTH);
		int dash = cut.lastIndexOf('-');
		return (dash > 0) ? cut.substring(0, dash) : cut;
	}

}

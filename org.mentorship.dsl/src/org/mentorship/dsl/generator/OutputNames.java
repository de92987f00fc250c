package org.mentorship.dsl.generator;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * File names of the outputs: the agreement's id plus an extension. An id is a name of the language
 * (letters, digits, '_', '-', dots between parts), so it cannot leave the output folder; anything
 * else is refused rather than cleaned up, so two agreements can never silently share a file.
 */
public final class OutputNames {

	private static final Pattern SAFE = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*");

	private OutputNames() {
	}

	/** The file name for the agreement id and extension ("html", "ics"), or empty if the id is not safe. */
	public static Optional<String> of(String agreementId, String extension) {
		if (agreementId == null || !SAFE.matcher(agreementId).matches()) {
			return Optional.empty();
		}
		return Optional.of(agreementId + "." + extension);
	}
}

package org.mentorship.cli.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.mentorship.cli.check.Finding;

/**
 * Fingerprints that do not move when lines are added or removed elsewhere: a hash of the code, the file,
 * the text of the finding's line (blanks collapsed) and how many equal findings came before it in the
 * file. Neither the line number nor the message (which may name today's date) is part of it.
 */
final class SarifFingerprints {
	/** The key of our fingerprint; its version changes when what it hashes does. */
	static final String KEY = "mentorFindingHash/v1";

	private final Map<Path, List<String>> lines = new HashMap<>();
	private final Map<String, Integer> seen = new HashMap<>();

	String of(Finding f, String uri) {
		List<String> text = lines.computeIfAbsent(f.file(), SarifFingerprints::read);
		String line = f.line() >= 1 && f.line() <= text.size() ? text.get(f.line() - 1).strip().replaceAll("\\s+", " ") : "";
		String key = f.code() + '\0' + uri + '\0' + line;
		int occurrence = seen.merge(key, 1, Integer::sum);
		return sha256(key + '\0' + occurrence);
	}

	private static List<String> read(Path file) {
		try {
			if (Files.size(file) > 4L * 1024 * 1024) {
				return List.of();
			}
			return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
		} catch (IOException | RuntimeException e) {
			return List.of(); // unreadable: the code and the file still tell findings apart
		}
	}

	private static String sha256(String key) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

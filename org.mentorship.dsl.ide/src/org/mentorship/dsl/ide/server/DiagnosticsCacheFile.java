package org.mentorship.dsl.ide.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mentorship.dsl.model.Today;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * One file of the server's cache of diagnostics (see {@link LastSessionDiagnostics}): for one project folder, the
 * key its findings were made under and, per {@code .mentor} file, its path (relative to the folder), the SHA-256
 * of its bytes and the diagnostics last published for it, as the LSP JSON the client got:
 *
 * <pre>
 * {"format": "mentor-diagnostics-1", "root": "file:///w/", "key": {"server": "...", "today": "2026-12-01"},
 *  "files": [{"path": "a.mentor", "sha256": "9f...", "diagnostics": [{"range": ..., "message": ...}]}]}
 * </pre>
 *
 * Reading never throws: a file that is missing, a link, too big, not JSON, cut short, of another format or of
 * another folder reads as nothing. Writing goes to a temporary file in the cache folder, then one rename.
 */
final class DiagnosticsCacheFile {

	static final String FORMAT = "mentor-diagnostics-1";

	/** Far above 1,000 agreements with findings (about 0.5 MB); keeps a runaway workspace from filling the disk. */
	static final long MAX_BYTES = 32L * 1024 * 1024;

	/** What the diagnostics were made under: the server's build and the date the rules took as today. */
	record Key(String server, String today) {

		/**
		 * The server's build: where its classes and the rules' come from, with their size and time (a rebuilt jar, or
		 * a new version of the extension, is another build). Every build of the project is version 0.1.0-SNAPSHOT.
		 * This class stands for the server's: it needs no Xtext class, so the start of {@code mentor lsp} can read
		 * the key before the server exists ({@link InitializeAnswerCache}).
		 */
		static String serverBuild() {
			StringBuilder build = new StringBuilder();
			for (Class<?> type : List.of(DiagnosticsCacheFile.class, Today.class)) {
				try {
					Path where = Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
					if (Files.isDirectory(where)) { // classes of a development build: the class file itself
						where = where.resolve(type.getName().replace('.', '/') + ".class");
					}
					build.append(where).append('|').append(Files.size(where)).append('|')
							.append(Files.getLastModifiedTime(where).toMillis()).append(';');
				} catch (IOException | RuntimeException | java.net.URISyntaxException unknown) {
					build.append(type.getName()).append("|unknown;"); // e.g. inside Eclipse, which keeps no cache
				}
			}
			return sha256(build.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
		}

		JsonObject toJson() {
			JsonObject key = new JsonObject();
			key.addProperty("server", server);
			key.addProperty("today", today);
			return key;
		}
	}

	/** One file as cached: the hash of its bytes and its diagnostics (a JSON array of LSP diagnostics). */
	record Entry(String sha256, JsonArray diagnostics) {
	}

	/** A cache file's content: its folder (URI), its key and its entries by relative path ('/' between folders). */
	record Content(String root, Key key, Map<String, Entry> files) {
	}

	private DiagnosticsCacheFile() {
	}

	/** The cache file of a project folder: one per folder, named by a hash of the folder's URI. */
	static Path of(Path cacheFolder, String root) {
		return cacheFolder.resolve("diagnostics-" + sha256(root.getBytes(StandardCharsets.UTF_8)).substring(0, 16) + ".json");
	}

	/** The content of the cache file of {@code root}, or null (anything amiss: the cache is only a cache). */
	static Content read(Path file, String root) {
		try {
			JsonObject json = readJson(file);
			if (json == null || !FORMAT.equals(string(json, "format")) || !root.equals(string(json, "root"))) {
				return null; // another format, or a file of another folder under this name
			}
			JsonObject key = json.getAsJsonObject("key");
			Map<String, Entry> files = new LinkedHashMap<>();
			for (JsonElement element : json.getAsJsonArray("files")) {
				JsonObject file1 = element.getAsJsonObject();
				String path = string(file1, "path");
				String hash = string(file1, "sha256");
				JsonArray diagnostics = file1.getAsJsonArray("diagnostics");
				if (path == null || hash == null || diagnostics == null || files.put(path, new Entry(hash, diagnostics)) != null) {
					return null;
				}
			}
			return new Content(root, new Key(string(key, "server"), string(key, "today")), files);
		} catch (RuntimeException unreadable) { // a member missing or of another type: ClassCastException, ...
			return null;
		}
	}

	/**
	 * A cache file's JSON object, or null if it is missing, a link, too big, unreadable or not a JSON object (every
	 * cache file of the server is read here).
	 */
	static JsonObject readJson(Path file) {
		try {
			if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
				return null;
			}
			JsonElement json = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
			return json.isJsonObject() ? json.getAsJsonObject() : null;
		} catch (IOException | RuntimeException unreadable) { // Gson's JsonParseException, a malformed UTF-8 file, ...
			return null;
		}
	}

	/**
	 * The cached diagnostics by file URI, if the content was made under this key for exactly these files (file: URIs
	 * in its folder) with the same bytes; else null: a file's findings depend on the others.
	 */
	static Map<String, JsonArray> ifUnchanged(Content cached, Key key, List<String> files) {
		if (!cached.key().equals(key) || cached.files().size() != files.size()) {
			return null;
		}
		Map<String, JsonArray> diagnostics = new LinkedHashMap<>();
		try {
			// reading and hashing a thousand files is most of the time before the cache can be shown: on every core
			List<String> hashes = files.parallelStream().map(DiagnosticsCacheFile::hashOf).toList();
			for (int i = 0; i < files.size(); i++) {
				Entry entry = cached.files().get(relative(cached.root(), files.get(i)));
				if (entry == null || !entry.sha256().equals(hashes.get(i))) {
					return null; // another file, or one changed since (or unreadable)
				}
				diagnostics.put(files.get(i), entry.diagnostics());
			}
		} catch (RuntimeException unreadable) {
			return null;
		}
		return diagnostics;
	}

	/** The bytes of a cache file with this content. */
	static byte[] bytes(Content content) {
		JsonObject json = new JsonObject();
		json.addProperty("format", FORMAT);
		json.addProperty("root", content.root());
		json.add("key", content.key().toJson());
		JsonArray files = new JsonArray();
		content.files().forEach((path, entry) -> {
			JsonObject file = new JsonObject();
			file.addProperty("path", path);
			file.addProperty("sha256", entry.sha256());
			file.add("diagnostics", entry.diagnostics());
			files.add(file);
		});
		json.add("files", files);
		return json.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Replaces the file in one step: the bytes go to a temporary file beside it, which is then renamed over it. A
	 * reader (the next server) sees the old content or the new, never a part; a link in the file's place is replaced,
	 * not followed, so nothing is written outside the cache folder.
	 */
	static void write(Path file, byte[] bytes) throws IOException {
		if (bytes.length > MAX_BYTES) {
			throw new IOException("the cache would take " + bytes.length / 1024 / 1024 + " MB: not written");
		}
		Path folder = file.getParent();
		Files.createDirectories(folder);
		Path temp = Files.createTempFile(folder, file.getFileName() + ".", ".tmp");
		try {
			Files.write(temp, bytes);
			Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temp);
			throw e;
		}
	}

	/** The file of a file: URI. */
	static Path path(String uri) {
		return Paths.get(java.net.URI.create(uri));
	}

	/** Where a file is in its folder, as the cache names it: '/' between folders on every system. */
	static String relative(String root, String file) {
		return path(root).relativize(path(file)).toString().replace('\\', '/');
	}

	private static String hashOf(String uri) {
		try {
			return sha256(Files.readAllBytes(path(uri)));
		} catch (IOException | RuntimeException unreadable) {
			return "";
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	static String string(JsonObject object, String member) {
		JsonElement value = object == null ? null : object.get(member);
		return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
	}
}

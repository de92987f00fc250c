package org.mentorship.dsl.ide.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The answers to {@code initialize} kept in a folder that every workspace of a client shares (the initialization
 * option {@value #OPTION}; the VS Code extension passes its global storage), so that the first start of a workspace
 * is answered from the cache too: the server's capabilities depend on its build and on what the client says of
 * itself, never on which folder is open ({@code org.mentorship.cli.InitializeFromSharedCacheTest} checks that on the
 * real server).
 * <p>
 * So the key leaves out what names the workspace: {@code rootUri}, {@code rootPath}, {@code workspaceFolders} (kept
 * only as whether a folder is open at all, which changes the answer: InitializeDefaults) and the per-workspace cache
 * folders. Several clients, versions or settings may share the folder: one file per key, the newest {@value #KEPT}.
 */
final class SharedInitializeAnswers {

	static final String OPTION = "sharedCacheFolder";

	/** Files per shared folder: far more than the clients and settings of one user; an old build's answers go. */
	static final int KEPT = 16;

	private static final String PREFIX = "initialize-answer-";
	private static final String SUFFIX = ".json";

	/** The params' fields that name the workspace: the same answer holds for every folder. */
	private static final List<String> WORKSPACE = List.of("rootUri", "rootPath", "workspaceFolders");

	private SharedInitializeAnswers() {
	}

	/** The params as the shared key sees them (already without the per-start fields): no workspace named. */
	static JsonObject key(JsonObject params) {
		JsonObject key = params.deepCopy();
		boolean folderOpen = isSet(params.get("rootUri")) || isSet(params.get("rootPath"))
				|| isSet(params.get("workspaceFolders"));
		WORKSPACE.forEach(key::remove);
		key.addProperty("folderOpen", folderOpen);
		JsonElement options = key.get("initializationOptions");
		if (options != null && options.isJsonObject()) {
			options.getAsJsonObject().remove(LastSessionDiagnostics.OPTION);
			options.getAsJsonObject().remove(OPTION);
		}
		return key;
	}

	/** Set as InitializeDefaults sees it: present, not null and, for the folders, not empty. */
	private static boolean isSet(JsonElement value) {
		return value != null && !value.isJsonNull() && !(value.isJsonArray() && value.getAsJsonArray().isEmpty());
	}

	/** The file of one key: named by the build and the params' hash, which the file also holds (a name can clash). */
	static Path file(Path folder, String server, String params) {
		String name = DiagnosticsCacheFile.sha256((server + "|" + params).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
		return folder.resolve(PREFIX + name + SUFFIX);
	}

	/**
	 * Deletes the oldest answers beyond {@value #KEPT} (by the time written), never {@code kept}, the one just written.
	 * Links are deleted as links, nothing they point to; temporary files of a write under way are not answers.
	 */
	static void prune(Path folder, Path kept) throws IOException {
		List<Map.Entry<Path, FileTime>> answers = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
			for (Path file : files) {
				try {
					if (!file.equals(kept)) {
						answers.add(Map.entry(file, Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS)));
					}
				} catch (IOException gone) { // another server pruned it meanwhile
				}
			}
		}
		answers.sort(Map.Entry.<Path, FileTime>comparingByValue(Comparator.reverseOrder()));
		for (int i = KEPT - 1; i < answers.size(); i++) {
			Files.deleteIfExists(answers.get(i).getKey()); // another server may have pruned it meanwhile
		}
	}
}

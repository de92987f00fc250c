package org.mentorship.dsl.ide.server;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.mentorship.dsl.generator.GeneratorSettings;
import org.mentorship.dsl.model.Today;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The editor's settings of the server, given as {@code initializationOptions} and again with each
 * {@code workspace/didChangeConfiguration}: either the settings themselves or, as VS Code sends its section,
 * wrapped in {@code {"mentor": {...}}}:
 * <ul>
 * <li>{@code outputFolder}: where summaries and calendars go (blank: {@code generated/} beside each agreement;
 * relative: to the workspace folder), see {@link org.mentorship.dsl.generator.OutputLocation};</li>
 * <li>{@code generateOnSave}: whether saving an agreement generated before regenerates it (default true);</li>
 * <li>{@code today}: YYYY-MM-DD, the date the checks take as today (blank: the real date); see {@link Today}.</li>
 * </ul>
 * A setting that is absent keeps its value; one that cannot be read is named in the returned problems.
 */
final class EditorSettings {

	private EditorSettings() {
	}

	/** Applies the settings in {@code options} (JSON from a stream, or a Map from an in-process client). */
	static List<String> apply(Object options, IResourceServiceProvider language) {
		return apply(options, language.get(GeneratorSettings.class));
	}

	static List<String> apply(Object options, GeneratorSettings generation) {
		List<String> problems = new ArrayList<>();
		JsonObject settings = asJson(options);
		if (settings == null) {
			return problems;
		}
		if (settings.has("mentor") && settings.get("mentor").isJsonObject()) {
			settings = settings.getAsJsonObject("mentor");
		}
		String folder = string(settings, "outputFolder");
		if (folder != null) {
			generation.setOutputFolder(folder);
		}
		JsonElement onSave = settings.get("generateOnSave");
		if (onSave != null && onSave.isJsonPrimitive() && onSave.getAsJsonPrimitive().isBoolean()) {
			generation.setGenerateOnSave(onSave.getAsBoolean());
		} else if (onSave != null && !onSave.isJsonNull()) {
			problems.add("generateOnSave must be true or false, not " + onSave + ".");
		}
		String today = string(settings, "today");
		if (today != null) {
			try {
				Today.fix(today.isBlank() ? null : LocalDate.parse(today.strip()));
			} catch (DateTimeParseException e) {
				Today.fix(null);
				problems.add("today: '" + today + "' is not a date (YYYY-MM-DD, e.g. 2027-03-01); the real date is used.");
			}
		}
		return problems;
	}

	/** The workspace folders (and root) as the base of a relative output folder. */
	static void workspaceFolders(List<WorkspaceFolder> folders, String rootUri, IResourceServiceProvider language) {
		List<Path> paths = new ArrayList<>();
		if (folders != null) {
			folders.forEach(folder -> filePath(folder.getUri()).ifPresent(paths::add));
		}
		filePath(rootUri).ifPresent(paths::add);
		language.get(GeneratorSettings.class).setWorkspaceFolders(paths);
	}

	/** The folders after a change: the removed ones out, the added ones in. */
	static List<WorkspaceFolder> changed(List<WorkspaceFolder> before, WorkspaceFoldersChangeEvent event) {
		List<WorkspaceFolder> after = new ArrayList<>(before == null ? List.of() : before);
		if (event.getRemoved() != null) {
			after.removeIf(folder -> event.getRemoved().stream().anyMatch(gone -> gone.getUri().equals(folder.getUri())));
		}
		if (event.getAdded() != null) {
			after.addAll(event.getAdded());
		}
		return after;
	}

	private static Optional<Path> filePath(String uri) {
		if (uri == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Paths.get(java.net.URI.create(uri)));
		} catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
			return Optional.empty(); // not a file: URI (an editor's virtual folder)
		}
	}

	private static JsonObject asJson(Object options) {
		if (options instanceof JsonObject json) {
			return json;
		}
		if (options instanceof Map<?, ?> map) {
			JsonElement tree = new Gson().toJsonTree(map);
			return tree.isJsonObject() ? tree.getAsJsonObject() : null;
		}
		return null;
	}

	private static String string(JsonObject settings, String key) {
		JsonElement value = settings.get(key);
		return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
	}
}

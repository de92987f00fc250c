package org.mentorship.dsl.generator;

import java.nio.file.Path;
import java.util.Collection;

/**
 * THE rule for where an agreement's summary and calendar go, used by `mentor generate`, the language server
 * (its generate command and its generation on save) and so by every editor: the folder
 * {@value MentorOutputConfiguration#FOLDER} in the agreement file's own folder, unless a folder is configured.
 * A configured folder that is relative is taken from the innermost base folder that holds the agreement (an
 * editor's workspace folder: a setting {@code site} means the same folder for every file of a project), else
 * from the agreement's folder.
 */
public final class OutputLocation {

	private OutputLocation() {
	}

	/**
	 * The output folder of the agreement in {@code agreementFile}.
	 *
	 * @param configured the configured output folder, or null/blank for the default
	 * @param bases      the folders a relative configured folder is resolved against (may be empty)
	 */
	public static Path folderOf(Path agreementFile, String configured, Collection<Path> bases) {
		Path agreement = agreementFile.toAbsolutePath().normalize();
		Path folder = agreement.getParent();
		if (configured == null || configured.isBlank()) {
			return folder.resolve(MentorOutputConfiguration.FOLDER);
		}
		Path base = null;
		for (Path candidate : bases) {
			Path root = candidate.toAbsolutePath().normalize();
			if (agreement.startsWith(root) && (base == null || root.getNameCount() > base.getNameCount())) {
				base = root;
			}
		}
		return (base == null ? folder : base).resolve(configured.strip()).normalize();
	}
}

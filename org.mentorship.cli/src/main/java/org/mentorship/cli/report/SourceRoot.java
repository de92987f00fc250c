package org.mentorship.cli.report;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder SARIF's %SRCROOT% stands for: the root of the git repository around the working folder (the
 * nearest folder with a .git folder or file, as worktrees and submodules have), else the working folder.
 * Code-scanning services resolve the results' paths against the repository's root.
 */
public final class SourceRoot {

	private SourceRoot() {
	}

	public static Path of(Path workingFolder) {
		Path here = workingFolder.toAbsolutePath().normalize();
		for (Path folder = here; folder != null; folder = folder.getParent()) {
			if (Files.exists(folder.resolve(".git"))) {
				return folder;
			}
		}
		return here;
	}
}

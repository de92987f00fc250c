package org.mentorship.dsl.ide.server;

import org.eclipse.xtext.ide.server.ServerLauncher;

/**
 * Starts the language server on stdin/stdout (as Xtext's ServerLauncher does, with the same arguments),
 * with {@link MentorServerModule}. Editors should start this class rather than Xtext's ServerLauncher,
 * or they get no selection ranges.
 */
public final class MentorServerLauncher {

	private MentorServerLauncher() {
	}

	public static void main(String[] args) {
		ServerLauncher.launch(MentorServerLauncher.class.getName(), args, new MentorServerModule());
	}
}

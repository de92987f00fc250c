package org.mentorship.studio;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.osgi.service.datalocation.Location;

/** Where the workspace of a user lives when no {@code -data} is given. */
public final class Workspaces {

	private Workspaces() {
	}

	/**
	 * Linux and other Unix: {@code $XDG_DATA_HOME/mentorship-studio/workspace} (default
	 * {@code ~/.local/share/mentorship-studio/workspace}); Windows: {@code %LOCALAPPDATA%\Mentorship Studio\workspace};
	 * macOS: {@code ~/Library/Application Support/Mentorship Studio/workspace}.
	 */
	public static Path defaultLocation() {
		String os = System.getProperty("os.name", "").toLowerCase();
		Path home = Path.of(System.getProperty("user.home"));
		if (os.contains("win")) {
			String local = System.getenv("LOCALAPPDATA");
			Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
			return base.resolve("Mentorship Studio").resolve("workspace");
		}
		if (os.contains("mac")) {
			return home.resolve("Library").resolve("Application Support").resolve("Mentorship Studio")
					.resolve("workspace");
		}
		String xdg = System.getenv("XDG_DATA_HOME");
		Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
				: home.resolve(".local").resolve("share");
		return base.resolve("mentorship-studio").resolve("workspace");
	}

	static Path path(Location location) {
		URL url = location.getURL();
		try {
			return Path.of(url.toURI()).toAbsolutePath().normalize();
		} catch (URISyntaxException | IllegalArgumentException e) {
			// Equinox gives file: URLs with unencoded spaces
			return Path.of(url.getPath()).toAbsolutePath().normalize();
		}
	}
}

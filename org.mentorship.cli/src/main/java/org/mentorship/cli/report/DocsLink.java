package org.mentorship.cli.report;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where help links (SARIF's helpUri and informationUri) point: never to an address nobody publishes. The project
 * has no documentation site, so by default links point to the docs shipped with the build: the docs/ folder of
 * the sources the running mentor.jar was built in (found beside it, as in a checkout or CI), else the copy of
 * docs/ packed inside mentor.jar ({@code jar:file:...!/docs}). Whoever publishes docs/ builds with
 * {@code -Dmentor.docs.url=https://...} (see docs/cli.md); that address, written into the jar's manifest as
 * Mentor-Docs-Url, then takes precedence. Every form is an absolute URI, as SARIF requires.
 */
public final class DocsLink {

	private DocsLink() {
	}

	/** The address of docs/ (no trailing slash). */
	public static String docs() {
		return published().orElseGet(DocsLink::shipped);
	}

	/** The published address the build declared (-Dmentor.docs.url), if any. */
	public static Optional<String> published() {
		String value = manifestValue();
		return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip().replaceAll("/+$", ""));
	}

	private static String shipped() {
		Optional<Path> code = codeLocation();
		for (Path folder = code.map(Path::getParent).orElse(null); folder != null; folder = folder.getParent()) {
			if (Files.isRegularFile(folder.resolve("docs").resolve("rules.md"))) {
				return withoutSlash(folder.resolve("docs").toUri().toString());
			}
		}
		if (code.isPresent() && Files.isRegularFile(code.get())) {
			return "jar:" + code.get().toUri() + "!/docs"; // the copy packed by the pom
		}
		return withoutSlash(code.map(classes -> classes.resolve("docs").toUri().toString()).orElse("file:///docs"));
	}

	private static String withoutSlash(String uri) {
		return uri.replaceAll("/+$", "");
	}

	/** The jar (or classes folder) this class was loaded from. */
	private static Optional<Path> codeLocation() {
		try {
			var source = DocsLink.class.getProtectionDomain().getCodeSource();
			return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
		} catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
			return Optional.empty();
		}
	}

	/** Mentor-Docs-Url of the manifest of the jar this class was loaded from (not of any other jar). */
	private static String manifestValue() {
		java.net.URL self = DocsLink.class.getResource("DocsLink.class");
		if (self == null || !"jar".equals(self.getProtocol())) {
			return null;
		}
		String jar = self.toString().substring(0, self.toString().indexOf("!/") + 2);
		try (InputStream in = new java.net.URL(jar + "META-INF/MANIFEST.MF").openStream()) {
			return new java.util.jar.Manifest(in).getMainAttributes().getValue("Mentor-Docs-Url");
		} catch (IOException e) {
			return null;
		}
	}
}

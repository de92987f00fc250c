package org.mentorship.dsl.generator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.URIBasedFileSystemAccess;
import org.eclipse.xtext.util.RuntimeIOException;

/**
 * The file system access of the language server (its builder on save and the generate command):
 * files on disk are written by {@link OutputFiles}, as `mentor generate` writes them. Xtext's own
 * would open an output stream on the path, following a symbolic link to wherever it points, with
 * no regard for read-only files, one file at a time.
 * <p>
 * A file that cannot be written is reported to the problem handler (by default the server's log and,
 * through {@link #tellAlso}, the editor's user) instead of failing the build: the other files of the workspace are still validated and generated.
 */
public class SafeFileSystemAccess extends URIBasedFileSystemAccess {

	private static final Logger LOG = Logger.getLogger(SafeFileSystemAccess.class);

	/**
	 * Who else hears of the builder's problems: the language server sets it to tell the editor's user.
	 * Static, because the builder's file system access is made by the language's injector and the client
	 * belongs to the server's; one server runs per process.
	 */
	private static volatile Consumer<String> listener = message -> {
	};

	private Consumer<String> problems = message -> {
		LOG.warn("not generated: " + message);
		listener.accept(message);
	};

	/** Problems of builds (generation on save) go to the log and to this listener. */
	public static void tellAlso(Consumer<String> to) {
		listener = to;
	}

	public void setProblemHandler(Consumer<String> problems) {
		this.problems = problems;
	}

	/** The folder of the default output for the agreement being generated ({@link OutputLocation}'s rule). */
	private Path outputFolder;

	public void setOutputFolder(Path folder) {
		this.outputFolder = folder;
	}

	/** A file of the default output lands in the agreement's output folder, not in Xtext's project-relative one. */
	@Override
	public URI getURI(String path, String outputConfiguration) {
		if (outputFolder != null && IFileSystemAccess.DEFAULT_OUTPUT.equals(outputConfiguration)) {
			return URI.createURI(outputFolder.resolve(path).toUri().toString()); // file:///..., as editors write URIs
		}
		return super.getURI(path, outputConfiguration);
	}

	/** Writes the files (name to text, UTF-8) of one agreement in the default output: all or none. */
	public void generateFiles(Map<String, CharSequence> files) {
		if (!files.keySet().stream().allMatch(name -> getURI(name, IFileSystemAccess.DEFAULT_OUTPUT).isFile())) {
			files.forEach(this::generateFile); // not on disk (an Eclipse workspace, memory): Xtext's way
			return;
		}
		Map<String, InputStream> streams = new LinkedHashMap<>();
		files.forEach((name, text) -> streams.put(name, new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8))));
		write(streams);
	}

	@Override
	public void generateFile(String fileName, String outputConfigurationName, InputStream content) {
		if (!IFileSystemAccess.DEFAULT_OUTPUT.equals(outputConfigurationName)
				|| !getURI(fileName, outputConfigurationName).isFile()) {
			super.generateFile(fileName, outputConfigurationName, content);
			return;
		}
		write(Map.of(fileName, content));
	}

	private void write(Map<String, InputStream> files) {
		Path folder = null;
		Map<String, byte[]> bytes = new LinkedHashMap<>();
		try {
			for (Map.Entry<String, InputStream> file : files.entrySet()) {
				URI uri = getURI(file.getKey(), IFileSystemAccess.DEFAULT_OUTPUT);
				Path path = Paths.get(uri.toFileString());
				folder = path.getParent();
				InputStream content = getBeforeWrite() == null ? file.getValue()
						: getBeforeWrite().beforeWrite(uri, IFileSystemAccess.DEFAULT_OUTPUT, file.getValue());
				bytes.put(path.getFileName().toString(), content.readAllBytes());
			}
			if (folder != null) {
				OutputFiles.writeAll(folder, bytes);
			}
		} catch (IOException e) {
			problems.accept(e.getMessage());
		} catch (RuntimeIOException e) {
			problems.accept(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
		}
	}
}

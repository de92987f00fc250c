package org.mentorship.cli.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.mentorship.dsl.MentorStandaloneSetup;

import com.google.inject.Injector;

/**
 * Checks a set of .mentor files the way a programme admin needs it: all files are loaded into one
 * resource set first, so an agreement can refer to a programme file given in the same run; then
 * each file is validated. A file that cannot be parsed at all (empty, binary, too large, not UTF-8)
 * gets one finding that says so, and the other files are still checked.
 */
public class AgreementChecker {

	private final Injector injector;

	/** One language injector per process: creating it is the slowest part of a start. */
	public AgreementChecker() {
		this(Language.INJECTOR);
	}

	private static final class Language {
		static final Injector INJECTOR = new MentorStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	public AgreementChecker(Injector injector) {
		this.injector = injector;
	}

	/** Findings per file, in the order the files were given; a file without findings maps to an empty list. */
	public Map<Path, List<Finding>> check(List<Path> files) {
		Map<Path, List<Finding>> findings = new LinkedHashMap<>();
		XtextResourceSet resources = injector.getInstance(XtextResourceSet.class);
		Map<Path, Resource> loaded = new LinkedHashMap<>();
		for (Path file : files) {
			List<Finding> fileFindings = new ArrayList<>();
			findings.put(file, fileFindings);
			try {
				Resource resource = load(file, resources);
				loaded.put(file, resource);
			} catch (UnusableFile e) {
				fileFindings.add(Finding.ofFile(file, e.getMessage(), e.code));
			}
		}
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		for (Map.Entry<Path, Resource> entry : loaded.entrySet()) {
			Path file = entry.getKey();
			try {
				for (Issue issue : validator.validate(entry.getValue(), CheckMode.ALL, CancelIndicator.NullImpl)) {
					findings.get(file).add(toFinding(file, issue));
				}
			} catch (RuntimeException e) {
				// a bug of ours must not hide the findings of the other files
				findings.get(file).add(Finding.ofFile(file, "internal error while checking this file ("
						+ e.getClass().getSimpleName() + "); please report it", FileProblems.INTERNAL));
			}
		}
		return findings;
	}

	private Resource load(Path file, XtextResourceSet resources) throws UnusableFile {
		byte[] bytes;
		try {
			long size = Files.size(file);
			if (size > FileProblems.MAX_BYTES) {
				throw new UnusableFile(String.format(Locale.ROOT,
						"this file is too large to be an agreement (%.1f MB; the limit is %d MB)", size / 1048576.0,
						FileProblems.MAX_BYTES / 1048576), FileProblems.TOO_LARGE);
			}
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new UnusableFile("cannot read this file: " + e.getMessage(), FileProblems.UNREADABLE);
		}
		String text = decode(bytes);
		if (text.isBlank()) {
			throw new UnusableFile("this file is empty: an agreement starts with agreement <id> \"<title>\"",
					FileProblems.EMPTY);
		}
		Resource resource = resources.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try {
			resource.load(new ByteArrayInputStream(bytes), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UnusableFile("cannot read this file: " + e.getMessage(), FileProblems.UNREADABLE);
		}
		return resource;
	}

	private static String decode(byte[] bytes) throws UnusableFile {
		for (byte b : bytes) {
			if (b == 0) {
				throw new UnusableFile("this is not a text file (it contains binary data)", FileProblems.BINARY);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new UnusableFile("this file is not UTF-8 text: save it as UTF-8", FileProblems.NOT_UTF8);
		}
	}

	private static Finding toFinding(Path file, Issue issue) {
		int line = orOne(issue.getLineNumber());
		int column = orOne(issue.getColumn());
		int endLine = issue.getLineNumberEnd() == null ? line : issue.getLineNumberEnd();
		int endColumn = issue.getColumnEnd() == null ? column : issue.getColumnEnd();
		Finding.Level level = switch (issue.getSeverity()) {
		case ERROR -> Finding.Level.ERROR;
		case WARNING -> Finding.Level.WARNING;
		default -> Finding.Level.INFO;
		};
		return new Finding(file, line, column, endLine, endColumn, level, issue.getMessage(), issue.getCode());
	}

	private static int orOne(Integer value) {
		return value == null || value < 1 ? 1 : value;
	}

	/** A file that cannot be handed to the parser. */
	private static final class UnusableFile extends Exception {
		private static final long serialVersionUID = 1L;
		final String code;

		UnusableFile(String message, String code) {
			super(message);
			this.code = code;
		}
	}
}
